package dev.carve.cli;

import java.io.PrintWriter;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Loads a module's target tables bare and builds their keys and indexes once they hold
 * the copy, as {@code pg_restore} does: one sorted build per index instead of an index
 * entry per copied row. {@link #takeOff} drops the primary keys, unique and exclusion
 * constraints, foreign keys and indexes of the module's tables and keeps their
 * definitions in the target ({@code carve_move.keys_after_copy}); {@link #putBack} builds
 * them again: a table's own once it is copied, the foreign keys once all are, and all
 * before any change is streamed in (applying a change looks its row up by key). Check
 * constraints and {@code NOT NULL} stay: they cost little per row.
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
		List<Definition> definitions = definitions(target, module, tables);
		target.setAutoCommit(false);
		try (Statement statement = target.createStatement()) {
			for (Definition definition : definitions) {
				record(target, module, definition);
			}
			for (Definition definition : definitions.reversed()) {
				statement.execute(definition.drop(module));
			}
			target.commit();
		}
		catch (SQLException ex) {
			target.rollback();
			throw ex;
		}
		finally {
			target.setAutoCommit(true);
		}
		return definitions.size();
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
		List<Definition> definitions = recorded(target, module).stream()
			.filter((definition) -> table == null
					|| (definition.table().equals(table) && definition.kind() != Kind.FOREIGN_KEY))
			.toList();
		if (definitions.isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		int built = 0;
		try (Statement statement = target.createStatement()) {
			for (Definition definition : definitions) {
				if (!exists(target, module, definition)) {
					statement.execute(definition.ddl());
					built++;
				}
				forget(target, module, definition.position());
			}
		}
		if (built > 0) {
			out.printf("built %d %s of %s in the target (%.1f s)%n", built,
					(built == 1) ? "key or index" : "keys and indexes", (table != null) ? module + "." + table : module,
					(System.nanoTime() - started) / 1e9);
		}
	}

	private static void create(Connection target) throws SQLException {
		try (Statement statement = target.createStatement()) {
			statement.execute("CREATE SCHEMA IF NOT EXISTS " + MoveState.SCHEMA);
			statement.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (module text, position int,"
					+ " name text NOT NULL, table_name text NOT NULL, kind text NOT NULL, ddl text NOT NULL,"
					+ " PRIMARY KEY (module, position))");
		}
	}

	/**
	 * The keys and indexes of the tables in build order: indexes, then primary keys,
	 * unique and exclusion constraints, then foreign keys. Read with an empty search
	 * path, so that every name in a definition is qualified by its schema.
	 */
	private static List<Definition> definitions(Connection target, String module, List<String> tables)
			throws SQLException {
		List<Definition> definitions = new ArrayList<>();
		Array names = target.createArrayOf("text", tables.toArray());
		try (Statement statement = target.createStatement()) {
			statement.execute("SET search_path = pg_catalog");
		}
		try {
			read(target, """
					SELECT i.relname, t.relname, 'INDEX', pg_get_indexdef(i.oid)
					FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
					WHERE t.relnamespace = ?::regnamespace AND t.relname = ANY (?)
					AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid
						AND c.contype IN ('p', 'u', 'x'))
					ORDER BY t.relname, i.relname""", module, names, definitions);
			read(target, """
					SELECT c.conname, t.relname, CASE c.contype WHEN 'f' THEN 'FOREIGN_KEY' ELSE 'KEY' END,
						format('ALTER TABLE %s ADD CONSTRAINT %I %s',
						t.oid::regclass, c.conname, pg_get_constraintdef(c.oid))
					FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
					WHERE t.relnamespace = ?::regnamespace AND t.relname = ANY (?) AND c.contype IN ('p', 'u', 'x', 'f')
					ORDER BY c.contype = 'f', t.relname, c.conname""", module, names, definitions);
		}
		finally {
			try (Statement statement = target.createStatement()) {
				statement.execute("RESET search_path");
			}
		}
		return definitions;
	}

	private static void read(Connection target, String sql, String module, Array tables, List<Definition> into)
			throws SQLException {
		try (PreparedStatement statement = target.prepareStatement(sql)) {
			statement.setString(1, SchemaFacts.quote(module));
			statement.setArray(2, tables);
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					into.add(new Definition(into.size(), result.getString(1), result.getString(2),
							Kind.valueOf(result.getString(3)), result.getString(4)));
				}
			}
		}
	}

	private static void record(Connection target, String module, Definition definition) throws SQLException {
		try (PreparedStatement statement = target.prepareStatement("INSERT INTO " + TABLE
				+ " (module, position, name, table_name, kind, ddl) VALUES (?, ?, ?, ?, ?, ?)")) {
			statement.setString(1, module);
			statement.setInt(2, definition.position());
			statement.setString(3, definition.name());
			statement.setString(4, definition.table());
			statement.setString(5, definition.kind().name());
			statement.setString(6, definition.ddl());
			statement.executeUpdate();
		}
	}

	/** What is recorded of a module's, none when nothing was ever taken off. */
	private static List<Definition> recorded(Connection target, String module) throws SQLException {
		List<Definition> definitions = new ArrayList<>();
		if (MovePlan.single(target, "SELECT to_regclass('" + TABLE + "') IS NULL").equals("t")) {
			return definitions;
		}
		try (PreparedStatement statement = target.prepareStatement(
				"SELECT position, name, table_name, kind, ddl FROM " + TABLE + " WHERE module = ? ORDER BY position")) {
			statement.setString(1, module);
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					definitions.add(new Definition(result.getInt(1), result.getString(2), result.getString(3),
							Kind.valueOf(result.getString(4)), result.getString(5)));
				}
			}
		}
		return definitions;
	}

	private static boolean exists(Connection target, String module, Definition definition) throws SQLException {
		boolean constraint = definition.kind() != Kind.INDEX;
		String sql = constraint ? """
				SELECT count(*) FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
				WHERE t.relnamespace = ?::regnamespace AND c.conname = ? AND t.relname = ?"""
				: "SELECT count(*) FROM pg_class i WHERE i.relnamespace = ?::regnamespace AND i.relname = ?";
		try (PreparedStatement statement = target.prepareStatement(sql)) {
			statement.setString(1, SchemaFacts.quote(module));
			statement.setString(2, definition.name());
			if (constraint) {
				statement.setString(3, definition.table());
			}
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getLong(1) > 0;
			}
		}
	}

	private static void forget(Connection target, String module, int position) throws SQLException {
		try (PreparedStatement statement = target
			.prepareStatement("DELETE FROM " + TABLE + " WHERE module = ? AND position = ?")) {
			statement.setString(1, module);
			statement.setInt(2, position);
			statement.executeUpdate();
		}
	}

	/**
	 * A key or an index of one of the module's tables.
	 *
	 * @param position its place in build order
	 * @param name its name, unique in the schema for an index, in the table for a
	 * constraint
	 * @param table the table's name
	 * @param kind what it is
	 * @param ddl the statement that builds it, every name qualified
	 */
	private record Definition(int position, String name, String table, Kind kind, String ddl) {

		String drop(String module) {
			String qualifiedTable = SchemaFacts.quote(module) + "." + SchemaFacts.quote(this.table);
			return (this.kind != Kind.INDEX)
					? "ALTER TABLE " + qualifiedTable + " DROP CONSTRAINT " + SchemaFacts.quote(this.name)
					: "DROP INDEX " + SchemaFacts.quote(module) + "." + SchemaFacts.quote(this.name);
		}

	}

	/** What a definition builds. */
	private enum Kind {

		/** An index that no constraint stands behind. */
		INDEX,

		/** A primary key, unique or exclusion constraint, with its index. */
		KEY,

		/** A foreign key, built once the keys it references are. */
		FOREIGN_KEY

	}

}
