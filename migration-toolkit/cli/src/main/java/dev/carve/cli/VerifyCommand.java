package dev.carve.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code carve verify <module>}: compares the module's tables in the source and the
 * target, chunk by chunk in primary-key order (row count and a checksum of the rows,
 * {@link TableComparison}), and names every table and key range that differs. Both sides
 * are read at one {@link ConsistentPoint}, also while writes and a move go on.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
		description = { "Compares a module's tables in the source and the target.", "",
				"Counts each table's rows and sums their hashes on both sides; a table that differs is "
						+ "compared again in primary-key chunks, and each key range that differs is named "
						+ "(exit 4). While carve move streams, "
						+ "both sides are compared at one source LSN that the target has applied up to, so "
						+ "writes may go on; otherwise the target is compared as it is." })
final class VerifyCommand implements Callable<Integer> {

	@Mixin
	ModuleArgument module = new ModuleArgument();

	@Option(names = "--chunk-rows", paramLabel = "ROWS", defaultValue = "10000",
			description = "Rows per chunk when a table differs (default ${DEFAULT-VALUE}).")
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
		Database source = this.connections.source();
		try (Connection connection = source.connect()) {
			if (!SchemaFacts.read(connection, this.module.name, SchemaFacts.Rows.ESTIMATED).exists()) {
				throw CarveException
					.refused("the source has no schema " + this.module.name + ": check --source and the module's name");
			}
		}
		PrintWriter lines = new PrintWriter(compared);
		try (ConsistentPoint point = ConsistentPoint.open(source, this.connections.target(),
				new MoveNames(this.module.name), lines)) {
			SchemaFacts facts = SchemaFacts.read(point.source(), this.module.name, SchemaFacts.Rows.ESTIMATED);
			differences = new TableComparison(point.source(), point.target(), this.chunkRows).compare(facts, lines);
		}
		lines.flush();
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
