package dev.carve.cli;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A key or an index of one of a module's tables, as the statement that builds it
 * ({@link KeysAfterCopy}).
 *
 * @param position its place in build order
 * @param name its name, unique in the schema for an index, in the table for a constraint
 * @param table the table's name
 * @param kind what it is
 * @param ddl the statement that builds it, every name qualified
 * @param referenced for a foreign key, the table it references when that table is in the
 * module's schema; otherwise {@code null}
 */
record KeyDefinition(int position, String name, String table, Kind kind, String ddl, @Nullable String referenced) {

	/**
	 * Reads the keys and indexes of a module's tables from the catalog, in build order:
	 * indexes, then primary keys, unique and exclusion constraints, then foreign keys.
	 * @param target a connection in a transaction whose search path is {@code pg_catalog}
	 * only, so that every name in a definition is qualified by its schema
	 */
	static List<KeyDefinition> read(Connection target, String module, List<String> tables) throws SQLException {
		List<KeyDefinition> definitions = new ArrayList<>();
		Array names = target.createArrayOf("text", tables.toArray());
		read(target, """
				SELECT i.relname, t.relname, 'INDEX', pg_get_indexdef(i.oid), NULL
				FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
				WHERE t.relnamespace = ?::regnamespace AND t.relname = ANY (?)
				AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid
					AND c.contype IN ('p', 'u', 'x'))
				ORDER BY t.relname, i.relname""", module, names, definitions);
		read(target,
				"""
						SELECT c.conname, t.relname, CASE c.contype WHEN 'f' THEN 'FOREIGN_KEY' ELSE 'KEY' END,
							format('ALTER TABLE %s ADD CONSTRAINT %I %s', t.oid::regclass, c.conname, pg_get_constraintdef(c.oid)),
							r.relname
						FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
						LEFT JOIN pg_class r ON r.oid = c.confrelid AND r.relnamespace = t.relnamespace
						WHERE t.relnamespace = ?::regnamespace AND t.relname = ANY (?) AND c.contype IN ('p', 'u', 'x', 'f')
						ORDER BY c.contype = 'f', t.relname, c.conname""",
				module, names, definitions);
		return definitions;
	}

	private static void read(Connection target, String sql, String module, Array tables, List<KeyDefinition> into)
			throws SQLException {
		try (PreparedStatement statement = target.prepareStatement(sql)) {
			statement.setString(1, SchemaFacts.quote(module));
			statement.setArray(2, tables);
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					into.add(new KeyDefinition(into.size(), result.getString(1), result.getString(2),
							Kind.valueOf(result.getString(3)), result.getString(4), result.getString(5)));
				}
			}
		}
	}

	/** Whether it exists in the module's schema. */
	boolean exists(Connection target, String module) throws SQLException {
		boolean constraint = this.kind != Kind.INDEX;
		String sql = constraint ? """
				SELECT count(*) FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
				WHERE t.relnamespace = ?::regnamespace AND c.conname = ? AND t.relname = ?"""
				: "SELECT count(*) FROM pg_class i WHERE i.relnamespace = ?::regnamespace AND i.relname = ?";
		try (PreparedStatement statement = target.prepareStatement(sql)) {
			statement.setString(1, SchemaFacts.quote(module));
			statement.setString(2, this.name);
			if (constraint) {
				statement.setString(3, this.table);
			}
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getLong(1) > 0;
			}
		}
	}

	/** The statement that drops it. */
	String drop(String module) {
		return (this.kind != Kind.INDEX)
				? "ALTER TABLE " + SchemaFacts.quote(module) + "." + SchemaFacts.quote(this.table) + " DROP CONSTRAINT "
						+ SchemaFacts.quote(this.name)
				: "DROP INDEX " + SchemaFacts.quote(module) + "." + SchemaFacts.quote(this.name);
	}

	/** What a definition builds. */
	enum Kind {

		/** An index that no constraint stands behind. */
		INDEX,

		/** A primary key, unique or exclusion constraint, with its index. */
		KEY,

		/** A foreign key, built once the keys it references are. */
		FOREIGN_KEY

	}

}
