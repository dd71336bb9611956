package dev.carve.cli;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The snapshots a module's tables were copied at, by key range, kept in the target
 * ({@code carve_move.snapshots}). A copy that resumes after a crash copies the rest of
 * each table at a fresh snapshot, so a table's keys fall into ranges: from its first key,
 * copied at the move's first snapshot, then the keys after the last key copied before
 * each resume, copied at that resume's snapshot. A later range always has a later
 * snapshot.
 *
 * <p>
 * The change stream starts at the first snapshot, so it also carries changes that a later
 * snapshot already holds. A change is in the copy exactly when its commit's end LSN is at
 * or before the consistent point of the snapshot its key was copied at: such a change is
 * not applied again. Keys are compared in the key's own types, by the target.
 */
final class CopySnapshots {

	private final String module;

	private final Map<String, List<Range>> ranges;

	private final Map<String, List<String>> keys;

	private final Map<String, String> keyTypes = new HashMap<>();

	private CopySnapshots(String module, Map<String, List<Range>> ranges, Map<String, List<String>> keys) {
		this.module = module;
		this.ranges = ranges;
		this.keys = keys;
	}

	/**
	 * Records that a table's keys after a key are copied at a snapshot; replaces a range
	 * recorded for the same key by a run that copied nothing of it.
	 * @param after the last key copied before, or {@code null} from the table's first key
	 * @param lsn the snapshot's consistent point
	 */
	static void record(Connection target, String module, String table, @Nullable List<String> after, long lsn)
			throws SQLException {
		try (PreparedStatement statement = target.prepareStatement("INSERT INTO " + MoveState.SCHEMA
				+ ".snapshots (module, table_name, after_key, snapshot_lsn) VALUES (?, ?, ?, ?)"
				+ " ON CONFLICT (module, table_name, after_key) DO UPDATE SET snapshot_lsn = excluded.snapshot_lsn")) {
			statement.setString(1, module);
			statement.setString(2, table);
			statement.setArray(3, target.createArrayOf("text", (after != null) ? after.toArray() : new String[0]));
			statement.setLong(4, lsn);
			statement.executeUpdate();
		}
	}

	/**
	 * Reads a module's ranges.
	 * @param keys each table's primary key columns
	 */
	static CopySnapshots read(Connection target, String module, Map<String, List<String>> keys) throws SQLException {
		Map<String, List<Range>> ranges = new HashMap<>();
		try (PreparedStatement statement = target.prepareStatement("SELECT table_name, after_key, snapshot_lsn FROM "
				+ MoveState.SCHEMA + ".snapshots WHERE module = ? ORDER BY table_name, snapshot_lsn")) {
			statement.setString(1, module);
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					List<String> after = MoveState.keyOf(result.getArray(2));
					ranges.computeIfAbsent(result.getString(1), (table) -> new ArrayList<>())
						.add(new Range(after.isEmpty() ? null : after, result.getLong(3)));
				}
			}
		}
		return new CopySnapshots(module, ranges, keys);
	}

	/**
	 * Whether the copy already holds a change to a row.
	 * @param key the row's key values, as text in key order
	 * @param commitLsn the end LSN of the change's commit
	 */
	boolean holds(Connection target, String table, List<String> key, long commitLsn) throws SQLException {
		List<Range> ranges = this.ranges.getOrDefault(table, List.of());
		for (int i = ranges.size() - 1; i >= 0; i--) {
			Range range = ranges.get(i);
			if (commitLsn > range.lsn()) {
				return false;
			}
			if (range.after() == null || after(target, table, key, range.after())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * What a truncate committed at an LSN empties: the rows of the ranges copied before
	 * it.
	 * @return the last key to delete, no key when the copy holds the truncate, or
	 * {@code null} for the whole table
	 */
	@Nullable List<String> truncatedUpTo(String table, long commitLsn) {
		for (Range range : this.ranges.getOrDefault(table, List.of())) {
			if (commitLsn <= range.lsn()) {
				return (range.after() != null) ? range.after() : List.of();
			}
		}
		return null;
	}

	/** Whether a key comes after another in the table's key order. */
	private boolean after(Connection target, String table, List<String> key, List<String> other) throws SQLException {
		String row = "ROW(" + keyTypes(target, table) + ")";
		try (PreparedStatement statement = target.prepareStatement("SELECT " + row + " > " + row)) {
			Keyset.bind(statement, Keyset.bind(statement, 1, key), other);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getBoolean(1);
			}
		}
	}

	/** {@code ?::integer, ?::uuid}: placeholders cast to the key's types. */
	private String keyTypes(Connection target, String table) throws SQLException {
		String types = this.keyTypes.get(table);
		if (types == null) {
			List<String> each = new ArrayList<>();
			for (String column : this.keys.get(table)) {
				each.add("?::" + MovePlan.single(target,
						"SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = '"
								+ SchemaFacts.quote(this.module).replace("'", "''") + "."
								+ SchemaFacts.quote(table).replace("'", "''") + "'::regclass AND attname = '"
								+ column.replace("'", "''") + "'"));
			}
			types = each.stream().collect(Collectors.joining(", "));
			this.keyTypes.put(table, types);
		}
		return types;
	}

	/**
	 * The keys of a table after a key, copied at one snapshot.
	 *
	 * @param after the key, or {@code null} from the table's first key
	 * @param lsn the snapshot's consistent point
	 */
	private record Range(@Nullable List<String> after, long lsn) {

	}

}
