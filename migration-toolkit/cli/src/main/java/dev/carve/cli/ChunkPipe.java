package dev.carve.cli;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyOut;

/**
 * Copies one table's rows in primary-key order from a source connection (in its snapshot)
 * into a target connection, one chunk per {@code COPY … FROM STDIN} in the target's open
 * transaction. The source is read once, as one
 * {@code COPY (SELECT … ORDER BY key) TO STDOUT (FORMAT binary)} that also carries each
 * row's key as text in trailing fields; a chunk ends after its last row, whose key those
 * fields give. The rows' values are never parsed nor printed on the way
 * ({@link BinaryCopyReader}): each row's bytes go to the target as they came, less the
 * key fields.
 */
final class ChunkPipe implements AutoCloseable {

	private static final int BATCH_BYTES = 64 * 1024;

	private final CopyOut out;

	private final BinaryCopyReader rows;

	private final Connection target;

	private final String copyIn;

	private final int columns;

	private final int keys;

	/** Rows not written to the target yet: up to {@link #BATCH_BYTES}. */
	private final byte[] batch = new byte[BATCH_BYTES];

	private int batched;

	private ChunkPipe(CopyOut out, Connection target, String copyIn, int columns, int keys) {
		this.out = out;
		this.rows = new BinaryCopyReader(out, columns + keys);
		this.target = target;
		this.copyIn = copyIn;
		this.columns = columns;
		this.keys = keys;
	}

	/**
	 * Starts reading a table's rows after a key.
	 * @param source the source connection, in the snapshot to copy; it runs nothing else
	 * until the table's last chunk is copied
	 * @param target the target connection, in a transaction
	 * @param after the last key copied, or {@code null} from the table's first key
	 */
	static ChunkPipe open(Connection source, Connection target, Keyset keyset, @Nullable List<String> after)
			throws SQLException {
		List<String> columns = columns(source, keyset);
		try (Statement statement = source.createStatement()) {
			// The key's index gives the order as the rows stream: a sort would hold the
			// whole table first (spilled to disk when large) before sending a row.
			statement.execute("SET LOCAL enable_sort = off");
		}
		String quoted = columns.stream().map(SchemaFacts::quote).collect(Collectors.joining(", "));
		// Each key column again as text, named apart so that ORDER BY names the column.
		List<String> key = keyset.key();
		String keyText = IntStream.range(0, key.size())
			.mapToObj((i) -> SchemaFacts.quote(key.get(i)) + "::text AS carve_key_" + i)
			.collect(Collectors.joining(", "));
		String select = "SELECT " + quoted + ", " + keyText + " FROM " + keyset.qualified()
				+ ((after != null) ? " WHERE (" + keyset.keyColumns() + ") > (" + literals(after) + ")" : "")
				+ " ORDER BY " + keyset.keyColumns();
		CopyOut out = source.unwrap(PGConnection.class)
			.getCopyAPI()
			.copyOut("COPY (" + select + ") TO STDOUT (FORMAT binary)");
		String copyIn = "COPY " + keyset.qualified() + " (" + quoted + ") FROM STDIN (FORMAT binary)";
		return new ChunkPipe(out, target, copyIn, columns.size(), keyset.key().size());
	}

	/**
	 * Copies the next rows, up to a number of rows, with one {@code COPY} into the
	 * target's open transaction.
	 * @return the chunk's last key and rows, its key {@code null} when it was the table's
	 * last chunk
	 */
	Chunk copy(int rows) throws SQLException {
		byte[] header = this.rows.header();
		CopyIn in = this.target.unwrap(PGConnection.class).getCopyAPI().copyIn(this.copyIn);
		try {
			write(in, header, 0, header.length);
			BinaryCopyReader.Row last = null;
			int copied = 0;
			while (copied < rows && this.rows.hasRow()) {
				BinaryCopyReader.Row row = this.rows.take();
				int keyAt = row.after(this.columns);
				row.keepFirst(this.columns);
				write(in, row.data(), row.start(), keyAt - row.start());
				last = row;
				copied++;
			}
			write(in, BinaryCopyReader.TRAILER, 0, BinaryCopyReader.TRAILER.length);
			flush(in);
			long written = in.endCopy();
			if (written != copied) {
				throw new SQLException("the target took " + written + " rows of a chunk of " + copied);
			}
			boolean more = this.rows.hasRow();
			return new Chunk((more && last != null) ? last.texts(last.after(this.columns), this.keys) : null, copied);
		}
		finally {
			this.batched = 0;
			if (in.isActive()) {
				in.cancelCopy();
			}
		}
	}

	/**
	 * Writes through the batch: rows travel to the target many to a {@code CopyData}
	 * message, which costs both ends less than a message per row.
	 */
	private void write(CopyIn in, byte[] data, int offset, int length) throws SQLException {
		if (this.batched + length > this.batch.length) {
			flush(in);
		}
		if (length > this.batch.length) {
			in.writeToCopy(data, offset, length);
			return;
		}
		System.arraycopy(data, offset, this.batch, this.batched, length);
		this.batched += length;
	}

	private void flush(CopyIn in) throws SQLException {
		if (this.batched > 0) {
			in.writeToCopy(this.batch, 0, this.batched);
			this.batched = 0;
		}
	}

	/**
	 * Stops reading the source when rows are left. A pipe closed before the table's last
	 * chunk leaves its source connection fit for nothing but closing: a cancelled
	 * {@code COPY} may cancel the connection's next statement instead.
	 */
	@Override
	public void close() throws SQLException {
		if (this.out.isActive()) {
			this.out.cancelCopy();
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
