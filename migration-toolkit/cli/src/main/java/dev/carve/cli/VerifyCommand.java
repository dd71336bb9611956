package dev.carve.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code carve verify <module>}: compares the module's tables in the source and the
 * target, chunk by chunk in primary-key order (row count and checksum of the rows' text),
 * and names every table and key range that differs.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
		description = { "Compares a module's tables in the source and the target.", "",
				"Counts rows and checksums them in primary-key chunks on both sides; names each",
				"table and key range that differs and exits with 4 then. Compare when the target",
				"has caught up (carve move --exit-when-caught-up) and writes have paused." })
final class VerifyCommand implements Callable<Integer> {

	@Mixin
	ModuleArgument module = new ModuleArgument();

	@Option(names = "--chunk-rows", paramLabel = "ROWS", defaultValue = "10000",
			description = "Rows per compared chunk (default ${DEFAULT-VALUE}).")
	int chunkRows;

	@Mixin
	Connections connections = new Connections();

	@Mixin
	OutputOptions output = new OutputOptions();

	@Override
	public Integer call() throws Exception {
		this.module.changelog();
		StringWriter compared = new StringWriter();
		List<String> differences;
		try (Connection source = this.connections.source().connect(SnapshotCopy.untyped());
				Connection target = this.connections.target().connect(SnapshotCopy.untyped())) {
			SchemaFacts facts = SchemaFacts.read(source, this.module.name);
			if (!facts.exists()) {
				throw CarveException
					.refused("the source has no schema " + this.module.name + ": check --source and the module's name");
			}
			differences = new TableComparison(source, target, this.chunkRows).compare(facts, new PrintWriter(compared));
		}
		List<String> tables = compared.toString().lines().toList();
		try (Reporter reporter = this.output.reporter()) {
			reporter.report("verify", Map.of("module", this.module.name, "equal", differences.isEmpty(), "compared",
					tables, "differences", differences), (out) -> {
						tables.forEach(out::println);
						if (differences.isEmpty()) {
							out.println("equal: every table of " + this.module.name
									+ " has the same rows in the source and the target");
						}
						else {
							out.println("DIFFERENT: " + differences.size() + " key ranges differ");
							differences.forEach((difference) -> out.println("  " + difference));
						}
					});
		}
		return differences.isEmpty() ? Carve.DONE : Carve.DIFFERENT;
	}

}
