package dev.carve.cli;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a database holds of one module's schema, read from the PostgreSQL catalog. The
 * Liquibase tracking tables ({@link #TRACKING_TABLES}) are not the module's data: the
 * target gets its own from the changelog, so they are not listed.
 *
 * @param schema the module's schema
 * @param exists whether the schema exists
 * @param tables the module's tables, by name
 * @param sequences the schema's sequences with their last values
 * @param foreignKeys foreign keys between the module's own tables
 * @param crossings foreign keys and views that cross the schema's border, described
 */
record SchemaFacts(String schema, boolean exists, List<Table> tables, List<String> sequences, List<String> foreignKeys,
		List<String> crossings) {

	/** Liquibase's tables in a module's schema. */
	static final List<String> TRACKING_TABLES = List.of("databasechangelog", "databasechangeloglock");

	/**
	 * Reads the facts of a schema, with each table's rows counted.
	 * @param connection a connection to the database
	 * @param schema the schema
	 * @return the facts; an empty schema when it does not exist
	 */
	static SchemaFacts read(Connection connection, String schema) throws SQLException {
		return read(connection, schema, Rows.COUNTED);
	}

	/**
	 * Reads the facts of a schema.
	 * @param connection a connection to the database
	 * @param schema the schema
	 * @param rows how each table's rows are known
	 * @return the facts; an empty schema when it does not exist
	 */
	static SchemaFacts read(Connection connection, String schema, Rows rows) throws SQLException {
		boolean exists = !strings(connection, "SELECT nspname FROM pg_namespace WHERE nspname = ?", schema).isEmpty();
		List<Table> tables = new ArrayList<>();
		for (String name : strings(connection, """
				SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
				WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY c.relname""",
				schema)) {
			if (!TRACKING_TABLES.contains(name)) {
				tables.add(table(connection, schema, name, rows));
			}
		}
		List<String> sequences = strings(connection, """
				SELECT sequencename || ' (last value ' || coalesce(last_value::text, 'none') || ')'
				FROM pg_sequences WHERE schemaname = ? ORDER BY sequencename""", schema);
		List<String> foreignKeys = strings(connection, """
				SELECT c.conname || ': ' || c.conrelid::regclass || ' -> ' || c.confrelid::regclass
				FROM pg_constraint c JOIN pg_class s ON s.oid = c.conrelid JOIN pg_class t ON t.oid = c.confrelid
				WHERE c.contype = 'f' AND s.relnamespace = ?::regnamespace AND t.relnamespace = s.relnamespace
				ORDER BY 1""", exists ? schema : "pg_catalog");
		List<String> crossings = new ArrayList<>();
		crossings.addAll(strings(connection, """
				SELECT 'foreign key ' || c.conname || ': ' || c.conrelid::regclass || ' -> ' || c.confrelid::regclass
				FROM pg_constraint c JOIN pg_class s ON s.oid = c.conrelid JOIN pg_class t ON t.oid = c.confrelid
				JOIN pg_namespace sn ON sn.oid = s.relnamespace JOIN pg_namespace tn ON tn.oid = t.relnamespace
				WHERE c.contype = 'f' AND (sn.nspname = ?) <> (tn.nspname = ?)
				AND (sn.nspname = ? OR tn.nspname = ?) ORDER BY 1""", schema, schema, schema, schema));
		crossings.addAll(strings(connection, """
				SELECT DISTINCT 'view ' || v.oid::regclass || ' reads ' || t.oid::regclass
				FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid JOIN pg_class v ON v.oid = r.ev_class
				JOIN pg_class t ON t.oid = d.refobjid
				JOIN pg_namespace vn ON vn.oid = v.relnamespace JOIN pg_namespace tn ON tn.oid = t.relnamespace
				WHERE d.classid = 'pg_rewrite'::regclass AND d.refclassid = 'pg_class'::regclass AND v.oid <> t.oid
				AND (vn.nspname = ?) <> (tn.nspname = ?) AND (vn.nspname = ? OR tn.nspname = ?)
				AND tn.nspname NOT IN ('pg_catalog', 'information_schema')""", schema, schema, schema, schema));
		return new SchemaFacts(schema, exists, List.copyOf(tables), sequences, foreignKeys, List.copyOf(crossings));
	}

	private static Table table(Connection connection, String schema, String name, Rows rows) throws SQLException {
		String qualified = quote(schema) + "." + quote(name);
		List<String> key = strings(connection, """
				SELECT a.attname FROM pg_index i
				JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, position) ON true
				JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
				WHERE i.indrelid = ?::regclass AND i.indisprimary ORDER BY k.position""", qualified);
		String counted = "(SELECT count(*) FROM " + qualified + ")";
		// The planner's estimate, unless the table was never analyzed (-1): only then is
		// the count run.
		String rowsOf = (rows == Rows.COUNTED) ? counted : "(SELECT CASE WHEN reltuples >= 0 THEN reltuples::bigint"
				+ " ELSE " + counted + " END FROM pg_class WHERE oid = ?::regclass)";
		try (PreparedStatement statement = connection
			.prepareStatement("SELECT " + rowsOf + ", pg_total_relation_size(?::regclass)")) {
			int index = 1;
			if (rows == Rows.ESTIMATED) {
				statement.setString(index++, qualified);
			}
			statement.setString(index, qualified);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return new Table(name, result.getLong(1), result.getLong(2), key);
			}
		}
	}

	/** A table whose name is {@code table}, or {@code null}. */
	Table table(String name) {
		return this.tables.stream()
			.filter((table) -> table.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No table " + name + " in " + this.schema));
	}

	/** An SQL identifier, quoted. */
	static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	static List<String> strings(Connection connection, String sql, String... parameters) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setString(i + 1, parameters[i]);
			}
			List<String> values = new ArrayList<>();
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					values.add(result.getString(1));
				}
			}
			return values;
		}
	}

	/** How the rows of a table are known. */
	enum Rows {

		/** Counted: exact, and a scan of each table. */
		COUNTED,

		/** The planner's estimate from the last analyze, counted when there is none. */
		ESTIMATED

	}

	/**
	 * One table of the module.
	 *
	 * @param name its name in the module's schema
	 * @param rows its rows, counted or estimated ({@link Rows})
	 * @param bytes its size on disk with indexes and TOAST
	 * @param primaryKey the columns of its primary key, in key order; empty when it has
	 * none
	 */
	record Table(String name, long rows, long bytes, List<String> primaryKey) {

	}

}
