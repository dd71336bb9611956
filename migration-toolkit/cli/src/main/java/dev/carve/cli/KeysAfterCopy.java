package dev.carve.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * Loads a module's target tables bare and builds their keys and indexes once they hold
 * the copy, as {@code pg_restore} does: one sorted build per index instead of an index
 * entry per copied row. {@link #takeOff} drops the primary keys, unique and exclusion
 * constraints, foreign keys and indexes of the module's tables and keeps their
 * definitions in the target ({@code carve_move.keys_after_copy}); {@link #putBack} builds
 * them again: a table's own once it is copied, a foreign key once the tables at both its
 * ends are, and all before any change is streamed in (applying a change looks its row up
 * by key). Check constraints and {@code NOT NULL} stay: they cost little per row.
 *
 * <p>
 * Both survive a crash at any point: taking off is one transaction, and putting back
 * builds each definition in a transaction of its own and forgets it only once it exists,
 * so a re-run builds what is missing. A copy that doubled a row would fail the build of
 * its key, naming it, instead of streaming into a table with two rows for one key.
 */
final class KeysAfterCopy {

	private static final String TABLE = MoveState.SCHEMA + ".keys_after_copy";

	private KeysAfterCopy() {
	}

	/**
	 * Drops the keys and indexes of a module's tables and records how to build them
	 * again; in one transaction.
	 * @param target a connection to the target, in auto-commit mode
	 * @param module the module, whose schema holds the tables
	 * @param tables the module's tables
	 * @return how many keys and indexes were taken off
	 */
	static int takeOff(Connection target, String module, List<String> tables) throws SQLException {
		create(target);
		target.setAutoCommit(false);
		try (Statement statement = target.createStatement()) {
			statement.execute("SET LOCAL search_path = pg_catalog");
			List<KeyDefinition> definitions = KeyDefinition.read(target, module, tables);
			for (KeyDefinition definition : definitions) {
				record(target, module, definition);
			}
			for (KeyDefinition definition : definitions.reversed()) {
				statement.execute(definition.drop(module));
			}
			target.commit();
			return definitions.size();
		}
		catch (SQLException ex) {
			target.rollback();
			throw ex;
		}
		finally {
			target.setAutoCommit(true);
		}
	}

	/**
	 * Builds the keys and indexes taken off a module's tables that do not exist yet, in
	 * the order they were recorded (keys before the foreign keys that reference them);
	 * nothing when none are left.
	 * @param target a connection to the target, in auto-commit mode
	 * @param table the one table whose keys and indexes to build, all but its foreign
	 * keys, which wait for the tables they reference; {@code null} for all that are left
	 * of the module's
	 * @param out where to say what was built and how long it took
	 */
	static void putBack(Connection target, String module, @Nullable String table, PrintWriter out) throws SQLException {
		String of = (table != null) ? module + "." + table : module;
		putBack(target, module,
				(definition) -> table == null
						|| (definition.table().equals(table) && definition.kind() != KeyDefinition.Kind.FOREIGN_KEY),
				(built) -> built + ((built == 1) ? " key or index of " : " keys and indexes of ") + of, out);
	}

	/**
	 * Builds the foreign keys between tables that are copied and keyed, the first of them
	 * as soon as the tables at both ends are, instead of all once the copy is done.
	 * @param target a connection to the target, in auto-commit mode
	 * @param keyed the tables copied whose own keys and indexes are built
	 * @param out where to say what was built and how long it took
	 */
	static void putBackForeignKeys(Connection target, String module, Set<String> keyed, PrintWriter out)
			throws SQLException {
		putBack(target, module,
				(definition) -> definition.kind() == KeyDefinition.Kind.FOREIGN_KEY
						&& keyed.contains(definition.table()) && definition.referenced() != null
						&& keyed.contains(definition.referenced()),
				(built) -> built + ((built == 1) ? " foreign key" : " foreign keys") + " between tables of " + module,
				out);
	}

	private static void putBack(Connection target, String module, Predicate<KeyDefinition> which,
			IntFunction<String> built, PrintWriter out) throws SQLException {
		List<KeyDefinition> definitions = recorded(target, module).stream().filter(which).toList();
		if (definitions.isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		int count = 0;
		try (Statement statement = target.createStatement()) {
			for (KeyDefinition definition : definitions) {
				if (!definition.exists(target, module)) {
					statement.execute(definition.ddl());
					count++;
				}
				forget(target, module, definition.position());
			}
		}
		if (count > 0) {
			out.printf("built %s in the target (%.1f s)%n", built.apply(count), (System.nanoTime() - started) / 1e9);
		}
	}

	private static void create(Connection target) throws SQLException {
		try (Statement statement = target.createStatement()) {
			statement.execute("CREATE SCHEMA IF NOT EXISTS " + MoveState.SCHEMA);
			statement.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (module text, position int,"
					+ " name text NOT NULL, table_name text NOT NULL, kind text NOT NULL, ddl text NOT NULL,"
					+ " PRIMARY KEY (module, position))");
			statement.execute("ALTER TABLE " + TABLE + " ADD COLUMN IF NOT EXISTS referenced text");
		}
	}

	private static void record(Connection target, String module, KeyDefinition definition) throws SQLException {
		try (PreparedStatement statement = target.prepareStatement("INSERT INTO " + TABLE
				+ " (module, position, name, table_name, kind, ddl, referenced) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
			statement.setString(1, module);
			statement.setInt(2, definition.position());
			statement.setString(3, definition.name());
			statement.setString(4, definition.table());
			statement.setString(5, definition.kind().name());
			statement.setString(6, definition.ddl());
			statement.setString(7, definition.referenced());
			statement.executeUpdate();
		}
	}

	/** What is recorded of a module's, none when nothing was ever taken off. */
	private static List<KeyDefinition> recorded(Connection target, String module) throws SQLException {
		List<KeyDefinition> definitions = new ArrayList<>();
		if (MovePlan.single(target, "SELECT to_regclass('" + TABLE + "') IS NULL").equals("t")) {
			return definitions;
		}
		// The referenced table is read through to_jsonb: a move begun by an earlier carve
		// recorded no such column, and its foreign keys wait for the end.
		try (PreparedStatement statement = target.prepareStatement("SELECT position, name, table_name, kind, ddl,"
				+ " to_jsonb(k) ->> 'referenced' FROM " + TABLE + " k WHERE module = ? ORDER BY position")) {
			statement.setString(1, module);
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					definitions.add(new KeyDefinition(result.getInt(1), result.getString(2), result.getString(3),
							KeyDefinition.Kind.valueOf(result.getString(4)), result.getString(5), result.getString(6)));
				}
			}
		}
		return definitions;
	}

	private static void forget(Connection target, String module, int position) throws SQLException {
		try (PreparedStatement statement = target
			.prepareStatement("DELETE FROM " + TABLE + " WHERE module = ? AND position = ?")) {
			statement.setString(1, module);
			statement.setInt(2, position);
			statement.executeUpdate();
		}
	}

}
