package dev.carve.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code carve plan <module>}: reads the module's schema in the source and the target,
 * prints what a move takes, and refuses when it cannot start.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
		description = { "Shows what moving a module's schema takes, or why it cannot start.", "",
				"Lists tables, rows, sizes, primary keys, sequences, foreign keys inside the "
						+ "module and events waiting in its outbox. "
						+ "Refuses (exit 3) when a move cannot start: a foreign key or view crossing the "
						+ "schema's border, a table without a primary key, wal_level not logical, no free "
						+ "replication slot, or a target schema that is not empty." })
final class PlanCommand implements Callable<Integer> {

	@Mixin
	ModuleArgument module = new ModuleArgument();

	@Mixin
	Connections connections = new Connections();

	@Mixin
	ReplaceTarget replaceTarget = new ReplaceTarget();

	@Mixin
	OutputOptions output = new OutputOptions();

	@Override
	public Integer call() throws SQLException {
		ShopModules.Changelog changelog = this.module.changelog();
		Database source = this.connections.source();
		Database target = this.connections.target();
		String cluster = this.connections.hasKafka() ? this.connections.kafka().check() : null;
		MovePlan plan;
		try (Connection sourceConnection = source.connect(); Connection targetConnection = target.connect()) {
			plan = MovePlan.read(sourceConnection, targetConnection, this.module.name, this.replaceTarget.enabled,
					SchemaFacts.Rows.COUNTED);
		}
		String through = (cluster != null) ? "Kafka " + this.connections.kafka + " (cluster " + cluster + ")"
				: "Kafka (not checked: no --kafka)";
		List<String> next = List.of(
				"carve move " + this.module.name + " --exit-when-caught-up   create the schema in the target, copy a"
						+ " consistent snapshot, stream the changes made meanwhile",
				"carve verify " + this.module.name + "                        compare row counts and checksums");
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("module", this.module.name);
		document.put("source", source.safeUrl());
		document.put("target", target.safeUrl());
		document.put("through", through);
		document.put("changelog", changelog.toString());
		document.put("tables", plan.source().tables());
		document.put("sequences", plan.source().sequences());
		document.put("foreignKeys", plan.source().foreignKeys());
		document.put("pendingEvents", plan.pendingEvents());
		document.put("refusals", plan.refusals());
		document.put("next", plan.refusals().isEmpty() ? next : List.of());
		try (Reporter reporter = this.output.reporter()) {
			reporter.report("plan", document, (out) -> {
				out.println("Plan: move module " + this.module.name);
				out.println("  from      " + source.safeUrl());
				out.println("  to        " + target.safeUrl());
				out.println("  through   " + through);
				out.println("  changelog " + changelog);
				print(out, plan);
				if (plan.refusals().isEmpty()) {
					out.println();
					out.println("Next:");
					next.forEach((step) -> out.println("  " + step));
				}
			});
		}
		plan.requireMet();
		return Carve.DONE;
	}

	private static void print(PrintWriter out, MovePlan plan) {
		long rows = plan.source().tables().stream().mapToLong(SchemaFacts.Table::rows).sum();
		long bytes = plan.source().tables().stream().mapToLong(SchemaFacts.Table::bytes).sum();
		out.println();
		out.printf("Tables: %d, %d rows, %s%n", plan.source().tables().size(), rows, Sizes.bytes(bytes));
		for (SchemaFacts.Table table : plan.source().tables()) {
			out.printf("  %-28s %10d rows %10s  key (%s)%n", plan.source().schema() + "." + table.name(), table.rows(),
					Sizes.bytes(table.bytes()), String.join(", ", table.primaryKey()));
		}
		out.println("Sequences: "
				+ (plan.source().sequences().isEmpty() ? "none" : String.join(", ", plan.source().sequences())));
		out.println("Foreign keys inside the module: "
				+ (plan.source().foreignKeys().isEmpty() ? "none" : String.join(", ", plan.source().foreignKeys())));
		out.println("Events waiting in the outbox: "
				+ ((plan.pendingEvents() < 0) ? "no outbox" : String.valueOf(plan.pendingEvents())));
	}

}
