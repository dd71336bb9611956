package dev.carve.cli;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

import dev.carve.routetable.RouteRows;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * {@code --replace-target}: a move into a schema that holds the module's tables already,
 * the way back after a cutover, when the module's old home still has its tables as of the
 * fence. Their rows are replaced by the source's; allowed only while every process on the
 * target database holds the module {@code dormant}, so that nothing there writes them.
 */
final class ReplaceTarget {

	@Option(names = "--replace-target",
			description = "Move into a target whose schema holds the module's tables already (the way back"
					+ " after a cutover): their rows are replaced by the source's. Refused unless the target's"
					+ " process holds the module dormant, so that nothing there writes them.")
	boolean enabled;

	/**
	 * Why the target's tables cannot be replaced, if they cannot.
	 * @param target a connection to the target database
	 * @param module the module
	 * @return the refusal, with what to do; {@code null} when the target's process holds
	 * the module dormant
	 */
	static @Nullable String refusal(Connection target, String module) throws SQLException {
		String route = MovePlan.ofModule(target, RouteRows.TABLE, "route", module);
		if (route == null) {
			return "--replace-target replaces the tables of a module that a Carve process on the target holds"
					+ " dormant, and the target has no route for " + module + " (" + RouteRows.TABLE
					+ "): check --target";
		}
		if (!"dormant".equals(route)) {
			return "the target's process holds " + module + " " + route + ", not dormant, so its tables there are"
					+ " written: cut " + module + " over to the source's process first (carve cutover), then"
					+ " move it back";
		}
		return null;
	}

	/**
	 * Empties the module's tables in the target, in one transaction.
	 * @param target a connection to the target database, in auto-commit mode
	 * @param tables the module's tables there
	 */
	static void empty(Connection target, String schema, List<SchemaFacts.Table> tables) throws SQLException {
		if (tables.isEmpty()) {
			return;
		}
		try (Statement statement = target.createStatement()) {
			statement.execute("TRUNCATE TABLE " + tables.stream()
				.map((table) -> SchemaFacts.quote(schema) + "." + SchemaFacts.quote(table.name()))
				.collect(Collectors.joining(", ")));
		}
	}

}
