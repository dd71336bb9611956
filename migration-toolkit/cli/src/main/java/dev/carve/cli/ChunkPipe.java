package dev.carve.cli;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyOut;

/**
 * Copies one table's rows chunk by chunk in primary-key order from a source connection
 * (in its snapshot) into a target connection (in its open transaction), with
 * {@code COPY (SELECT …) TO STDOUT (FORMAT binary)} piped into
 * {@code COPY … FROM STDIN (FORMAT binary)}: values are never parsed nor printed on the
 * way. A chunk ends at the key of its last row, which a keyset query finds first.
 */
final class ChunkPipe {

	private final Connection source;

	private final Connection target;

	private final Keyset keyset;

	private final String columns;

	/**
	 * @param source the source connection, in the snapshot to copy
	 * @param target the target connection, in a transaction
	 */
	ChunkPipe(Connection source, Connection target, Keyset keyset) throws SQLException {
		this.source = source;
		this.target = target;
		this.keyset = keyset;
		this.columns = columns(source, keyset).stream().map(SchemaFacts::quote).collect(Collectors.joining(", "));
	}

	/**
	 * Copies the rows after a key, up to a number of rows.
	 * @param after the last key copied, or {@code null} from the table's first key
	 * @return the chunk's last key and rows, its key {@code null} when it was the table's
	 * last chunk
	 */
	Chunk copy(@Nullable List<String> after, int rows) throws SQLException {
		List<String> last = lastKey(after, rows);
		List<String> conditions = new ArrayList<>();
		if (after != null) {
			conditions.add("(" + this.keyset.keyColumns() + ") > (" + literals(after) + ")");
		}
		if (last != null) {
			conditions.add("(" + this.keyset.keyColumns() + ") <= (" + literals(last) + ")");
		}
		String select = "SELECT " + this.columns + " FROM " + this.keyset.qualified()
				+ (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions));
		CopyOut out = this.source.unwrap(PGConnection.class)
			.getCopyAPI()
			.copyOut("COPY (" + select + ") TO STDOUT (FORMAT binary)");
		CopyIn in = this.target.unwrap(PGConnection.class)
			.getCopyAPI()
			.copyIn("COPY " + this.keyset.qualified() + " (" + this.columns + ") FROM STDIN (FORMAT binary)");
		try {
			for (byte[] data = out.readFromCopy(); data != null; data = out.readFromCopy()) {
				in.writeToCopy(data, 0, data.length);
			}
			return new Chunk(last, in.endCopy());
		}
		finally {
			if (out.isActive()) {
				out.cancelCopy();
			}
			if (in.isActive()) {
				in.cancelCopy();
			}
		}
	}

	/** The key of the last row of the chunk, or {@code null} when fewer rows are left. */
	private @Nullable List<String> lastKey(@Nullable List<String> after, int rows) throws SQLException {
		String sql = "SELECT " + this.keyset.keyAsText() + " FROM " + this.keyset.qualified()
				+ ((after != null) ? " WHERE " + this.keyset.after() : "") + " ORDER BY " + this.keyset.keyColumns()
				+ " OFFSET " + (rows - 1) + " LIMIT 1";
		try (PreparedStatement statement = this.source.prepareStatement(sql)) {
			if (after != null) {
				Keyset.bind(statement, 1, after);
			}
			try (ResultSet result = statement.executeQuery()) {
				return result.next() ? MoveState.keyOf(result.getArray(1)) : null;
			}
		}
	}

	/** Key values as SQL literals of no type yet: each takes its column's type. */
	private static String literals(List<String> values) {
		return values.stream().map((value) -> "'" + value.replace("'", "''") + "'").collect(Collectors.joining(", "));
	}

	/** The table's columns a row is written with: all but generated ones, in order. */
	private static List<String> columns(Connection connection, Keyset keyset) throws SQLException {
		return new ArrayList<>(SchemaFacts.strings(connection, """
				SELECT attname FROM pg_attribute WHERE attrelid = ?::regclass AND attnum > 0
				AND NOT attisdropped AND attgenerated = '' ORDER BY attnum""", keyset.qualified()));
	}

	/**
	 * A copied chunk.
	 *
	 * @param lastKey its last key, or {@code null} when it was the table's last chunk
	 * @param rows the rows copied
	 */
	record Chunk(@Nullable List<String> lastKey, long rows) {

	}

}
