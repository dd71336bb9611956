package dev.carve.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code carve modules --url URL}: the module map of a running process, from its
 * {@code /actuator/modules}, with each in-process module's tables when the process's
 * database is given, and optionally as a Mermaid diagram.
 */
@Command(name = "modules", mixinStandardHelpOptions = true,
		description = { "Shows the module map of a running process.", "",
				"For each module: where it runs (in-process with its route, or elsewhere with the "
						+ "transport and address), its schema, the gateways it provides and calls, the events it "
						+ "publishes (with topics when events go over Kafka) and consumes, and the events waiting "
						+ "in its outbox. With --source (the process's database) also its tables, rows and sizes. "
						+ "--diagram FILE writes the map as a Mermaid flowchart. Needs an operator's token; "
						+ "uses neither --target nor --kafka." })
final class ModulesCommand implements Callable<Integer> {

	@Option(names = "--url", paramLabel = "URL", required = true,
			description = "HTTP base URL of the running process, such as http://127.0.0.1:8080.")
	String url = "";

	@Option(names = "--diagram", paramLabel = "FILE",
			description = "Also write the map as a Mermaid flowchart to FILE (such as modules.mmd).")
	@Nullable Path diagram;

	@Mixin
	OperatorToken token = new OperatorToken();

	@Mixin
	Connections connections = new Connections();

	@Mixin
	OutputOptions output = new OutputOptions();

	@Override
	public Integer call() throws SQLException, IOException {
		ModuleMap map = ModuleMap.of(this.url, new ModulesApi("app", this.url, this.token.token).modules());
		if (this.connections.source != null && !this.connections.source.isBlank()) {
			map = map.withTables(tables(map));
		}
		if (this.diagram != null) {
			Files.writeString(this.diagram, MermaidDiagram.of(map));
		}
		Path written = this.diagram;
		ModuleMap shown = map;
		try (Reporter reporter = this.output.reporter()) {
			reporter.report("modules", shown, (out) -> {
				shown.print(out);
				if (written != null) {
					out.println();
					out.println("Mermaid diagram written to " + written);
				}
			});
		}
		return Carve.DONE;
	}

	/** The tables of every in-process module's schema in the source database. */
	private Map<String, List<SchemaFacts.Table>> tables(ModuleMap map) throws SQLException {
		Map<String, List<SchemaFacts.Table>> tables = new LinkedHashMap<>();
		try (Connection connection = this.connections.source().connect()) {
			for (ModuleMap.Module module : map.modules()) {
				if (module.schema() != null) {
					tables.put(module.schema(), SchemaFacts.read(connection, module.schema()).tables());
				}
			}
		}
		return tables;
	}

}
