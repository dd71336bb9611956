package dev.carve.cli;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where a move is, kept in the target database (schema {@code carve_move}) so that a
 * re-run finds it: the phase, the tables copied, and the last source transaction applied
 * with the Kafka offset of its commit. Every write here is part of the same target
 * transaction as the data it describes.
 */
final class MoveState {

	/** The schema of the state tables in the target. */
	static final String SCHEMA = "carve_move";

	private MoveState() {
	}

	/** Creates the state tables if they do not exist yet. */
	static void create(Connection target) throws SQLException {
		try (Statement statement = target.createStatement()) {
			statement.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
			statement.execute("CREATE TABLE IF NOT EXISTS " + SCHEMA + ".moves (module text PRIMARY KEY,"
					+ " phase text NOT NULL, applied_lsn bigint NOT NULL DEFAULT 0,"
					+ " applied_offset bigint NOT NULL DEFAULT -1, applied_at timestamptz)");
			statement.execute("CREATE TABLE IF NOT EXISTS " + SCHEMA + ".copied (module text, table_name text,"
					+ " last_key text[], rows bigint NOT NULL DEFAULT 0, done boolean NOT NULL DEFAULT false,"
					+ " PRIMARY KEY (module, table_name))");
			statement.execute("CREATE TABLE IF NOT EXISTS " + SCHEMA + ".snapshots (module text, table_name text,"
					+ " after_key text[], snapshot_lsn bigint NOT NULL, PRIMARY KEY (module, table_name, after_key))");
			statement.execute("ALTER TABLE " + SCHEMA + ".moves ADD COLUMN IF NOT EXISTS hold_lsn bigint,"
					+ " ADD COLUMN IF NOT EXISTS hold_until timestamptz, ADD COLUMN IF NOT EXISTS held_lsn bigint");
		}
	}

	/** The phase of a module's move, or {@code null} when there is none. */
	static @Nullable Phase phase(Connection target, String module) throws SQLException {
		String phase = MovePlan.ofModule(target, SCHEMA + ".moves", "phase", module);
		return (phase != null) ? Phase.valueOf(phase) : null;
	}

	/** Records the move's phase. */
	static void phase(Connection target, String module, Phase phase) throws SQLException {
		try (PreparedStatement statement = target.prepareStatement("INSERT INTO " + SCHEMA
				+ ".moves (module, phase) VALUES (?, ?) ON CONFLICT (module) DO UPDATE SET phase = excluded.phase")) {
			statement.setString(1, module);
			statement.setString(2, phase.name());
			statement.executeUpdate();
		}
	}

	/** Records a copied chunk of a table: its last key and the rows in it. */
	static void copied(Connection target, String module, String table, @Nullable List<String> lastKey, long rows,
			boolean done) throws SQLException {
		try (PreparedStatement statement = target.prepareStatement("INSERT INTO " + SCHEMA
				+ ".copied (module, table_name, last_key, rows, done) VALUES (?, ?, ?, ?, ?) ON CONFLICT (module,"
				+ " table_name) DO UPDATE SET last_key = coalesce(excluded.last_key, copied.last_key),"
				+ " rows = copied.rows + excluded.rows, done = excluded.done")) {
			statement.setString(1, module);
			statement.setString(2, table);
			Array key = (lastKey != null) ? target.createArrayOf("text", lastKey.toArray()) : null;
			statement.setArray(3, key);
			statement.setLong(4, rows);
			statement.setBoolean(5, done);
			statement.executeUpdate();
		}
	}

	/** How far the copy of a table got. */
	static Copied copied(Connection target, String module, String table) throws SQLException {
		try (PreparedStatement statement = target
			.prepareStatement("SELECT last_key, done FROM " + SCHEMA + ".copied WHERE module = ? AND table_name = ?")) {
			statement.setString(1, module);
			statement.setString(2, table);
			try (ResultSet result = statement.executeQuery()) {
				if (!result.next()) {
					return new Copied(null, false);
				}
				Array key = result.getArray(1);
				return new Copied((key != null) ? keyOf(key) : null, result.getBoolean(2));
			}
		}
	}

	/** The last source commit applied and the offset of its record. */
	static Applied applied(Connection target, String module) throws SQLException {
		try (PreparedStatement statement = target
			.prepareStatement("SELECT applied_lsn, applied_offset FROM " + SCHEMA + ".moves WHERE module = ?")) {
			statement.setString(1, module);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() ? new Applied(result.getLong(1), result.getLong(2)) : new Applied(0, -1);
			}
		}
	}

	/** Records the last source commit applied; in the transaction that applied it. */
	static void applied(Connection target, String module, Applied applied) throws SQLException {
		try (PreparedStatement statement = target.prepareStatement("UPDATE " + SCHEMA
				+ ".moves SET applied_lsn = ?, applied_offset = ?, applied_at = now() WHERE module = ?")) {
			statement.setLong(1, applied.lsn());
			statement.setLong(2, applied.offset());
			statement.setString(3, module);
			statement.executeUpdate();
		}
	}

	/** Forgets a module's move. */
	static void forget(Connection target, String module) throws SQLException {
		if (phase(target, module) == null) {
			return;
		}
		create(target);
		for (String table : List.of("moves", "copied", "snapshots")) {
			try (PreparedStatement statement = target
				.prepareStatement("DELETE FROM " + SCHEMA + "." + table + " WHERE module = ?")) {
				statement.setString(1, module);
				statement.executeUpdate();
			}
		}
	}

	static List<String> keyOf(Array array) throws SQLException {
		return Arrays.asList((String[]) array.getArray());
	}

	/** Where a move is. */
	enum Phase {

		/** The schema exists in the target; the snapshot is being copied. */
		COPYING,

		/** The snapshot is copied; changes stream from the source into the target. */
		STREAMING,

		/**
		 * {@code carve cutover} switched the module over: the target's process serves it,
		 * the source's is dormant.
		 */
		CUT_OVER

	}

	/**
	 * How far the copy of a table got.
	 *
	 * @param lastKey the last key copied, or {@code null} before the first chunk
	 * @param done whether the table is copied
	 */
	record Copied(@Nullable List<String> lastKey, boolean done) {

	}

	/**
	 * The last source transaction applied to the target.
	 *
	 * @param lsn the end LSN of its commit
	 * @param offset the Kafka offset of its commit record
	 */
	record Applied(long lsn, long offset) {

	}

}
