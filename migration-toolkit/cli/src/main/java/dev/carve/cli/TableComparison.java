package dev.carve.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jspecify.annotations.Nullable;

/**
 * Compares tables on two databases. The checksum is the sum of each row's 64-bit hash by
 * its columns' own hash functions ({@code hash_record_extended}, the functions hash
 * partitioning relies on, stable across PostgreSQL versions): no row is written as text
 * and nothing sorted, so equal rows (by each type's equality) sum alike. Each side first
 * sums a whole table in one sequential read; only a table whose count or sum differs is
 * compared again in primary-key chunks, which name the key ranges that differ: the source
 * decides each chunk's range, both sides count and checksum the rows in it (ADR 36).
 * Where a side has no hash function for a table (PostgreSQL before 14, a column type
 * without one) the table goes straight to chunks, each one's checksum the {@code md5} of
 * its rows' text in key order; both connections read with the same session settings, so
 * equal rows have equal text.
 */
final class TableComparison {

	/** A chunk's checksum by its columns' hash functions, in no order. */
	private static final String HASHES = "sum(hash_record_extended(c, 0))::text";

	/** A chunk's checksum by the text of its rows, in key order ({key}). */
	private static final String TEXT = "md5(string_agg(c::text, '|' ORDER BY {key}))";

	private final Connection source;

	private final Connection target;

	private final int chunkRows;

	TableComparison(Connection source, Connection target, int chunkRows) {
		this.source = source;
		this.target = target;
		this.chunkRows = chunkRows;
	}

	/**
	 * Compares every table of a schema. The source's side runs in the calling thread; the
	 * target's side of the same table or chunk runs meanwhile in a second thread, each
	 * connection used by one thread only.
	 * @return the differences, one per table and key range
	 */
	List<String> compare(SchemaFacts facts, PrintWriter out) throws SQLException, InterruptedException {
		List<String> differences = new ArrayList<>();
		List<Compared> tables = new ArrayList<>();
		for (SchemaFacts.Table table : facts.tables()) {
			Keyset keyset = new Keyset(facts.schema(), table.name(), table.primaryKey());
			tables.add(new Compared(facts.schema() + "." + table.name(), keyset,
					hashes(this.source, keyset) && hashes(this.target, keyset)));
		}
		try (ExecutorService targetSide = Executors.newSingleThreadExecutor()) {
			Map<Compared, Future<Summary>> targetSums = new LinkedHashMap<>();
			for (Compared table : tables) {
				if (table.hashed()) {
					targetSums.put(table, targetSide.submit(() -> sum(table.keyset(), this.target)));
				}
			}
			for (Compared table : tables) {
				if (table.hashed()) {
					Summary theirs = sum(table.keyset(), this.source);
					Summary ours = Futures.result(targetSums.get(table));
					if (theirs.rows() == ours.rows() && Objects.equals(theirs.checksum(), ours.checksum())) {
						out.printf("%s: %d rows compared%n", table.name(), theirs.rows());
						continue;
					}
				}
				long rows = 0;
				for (Chunk chunk : chunks(table.keyset(), table.hashed() ? HASHES : TEXT, targetSide)) {
					chunk.difference().ifPresent(differences::add);
					rows += chunk.theirs().rows();
				}
				out.printf("%s: %d rows compared%s%n", table.name(), rows,
						table.hashed() ? "" : " (as text: a column's type has no hash function on a side)");
			}
		}
		return differences;
	}

	/** A whole table's count and sum of row hashes, read in one sequential scan. */
	private static Summary sum(Keyset keyset, Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement
					.executeQuery("SELECT count(*), " + HASHES + " FROM " + keyset.qualified() + " c")) {
			result.next();
			return new Summary(result.getLong(1), result.getString(2), null);
		}
	}

	/**
	 * Whether a side can hash the table's rows by their columns' types: it hashes a row
	 * of nulls, which needs a hash function for every column's type, in a savepoint that
	 * a failure rolls back to, leaving the transaction (and its snapshot) usable.
	 */
	private static boolean hashes(Connection connection, Keyset keyset) throws SQLException {
		Savepoint savepoint = connection.setSavepoint();
		try (Statement statement = connection.createStatement()) {
			statement.execute(
					"SELECT hash_record_extended(json_populate_record(NULL::" + keyset.qualified() + ", '{}'), 0)");
			connection.releaseSavepoint(savepoint);
			return true;
		}
		catch (SQLException ex) {
			connection.rollback(savepoint);
			return false;
		}
	}

	/** Summarizes a table's chunks on the source, each one's target side handed on. */
	private List<Chunk> chunks(Keyset keyset, String checksum, ExecutorService targetSide) throws SQLException {
		List<Chunk> chunks = new ArrayList<>();
		List<String> lastKey = null;
		while (true) {
			String chunk = "SELECT * FROM " + keyset.qualified() + ((lastKey != null) ? " WHERE " + keyset.after() : "")
					+ " ORDER BY " + keyset.keyColumns() + " LIMIT " + this.chunkRows;
			Summary theirs = summary(keyset, checksum, this.source, chunk, lastKey, null);
			boolean last = theirs.rows() < this.chunkRows;
			String range = "SELECT * FROM " + keyset.qualified() + " WHERE true"
					+ ((lastKey != null) ? " AND " + keyset.after() : "") + ((!last) ? " AND " + keyset.upTo() : "");
			List<String> after = lastKey;
			Future<Summary> ours = targetSide
				.submit(() -> summary(keyset, checksum, this.target, range, after, last ? null : theirs.lastKey()));
			chunks.add(new Chunk(keyset, after, last, theirs, ours));
			if (last) {
				return chunks;
			}
			lastKey = theirs.lastKey();
		}
	}

	private Summary summary(Keyset keyset, String checksum, Connection connection, String rows,
			@Nullable List<String> after, @Nullable List<String> upTo) throws SQLException {
		String sql = "WITH c AS (" + rows + ") SELECT count(*), " + checksum.replace("{key}", keyset.keyColumns())
				+ ", (SELECT " + keyset.keyAsText() + " FROM c ORDER BY " + keyset.keyColumnsDescending()
				+ " LIMIT 1) FROM c";
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			int index = 1;
			if (after != null) {
				index = Keyset.bind(statement, index, after);
			}
			if (upTo != null) {
				Keyset.bind(statement, index, upTo);
			}
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return new Summary(result.getLong(1), result.getString(2),
						(result.getArray(3) != null) ? MoveState.keyOf(result.getArray(3)) : null);
			}
		}
	}

	private static String describe(@Nullable List<String> key, String open) {
		return (key == null) ? "start" : open + String.join(", ", key);
	}

	/**
	 * A table to compare.
	 *
	 * @param name the table as {@code schema.table}
	 * @param hashed whether both sides hash its rows by their columns' types
	 */
	private record Compared(String name, Keyset keyset, boolean hashed) {

	}

	private record Summary(long rows, @Nullable String checksum, @Nullable List<String> lastKey) {

	}

	/**
	 * One chunk's key range, as the source summarized it, and the target's summary of the
	 * same range to come.
	 *
	 * @param after the key before the range, or {@code null} from the first key
	 * @param last whether the range runs to the table's end
	 */
	private record Chunk(Keyset keyset, @Nullable List<String> after, boolean last, Summary theirs,
			Future<Summary> ours) {

		/** The chunk's difference, once the target's side is summarized. */
		Optional<String> difference() throws SQLException, InterruptedException {
			Summary ours = Futures.result(this.ours);
			if (this.theirs.rows() == ours.rows() && Objects.equals(this.theirs.checksum(), ours.checksum())) {
				return Optional.empty();
			}
			return Optional.of(this.keyset.qualified().replace("\"", "") + " keys " + describe(this.after, "(") + " .. "
					+ (this.last ? "end" : describe(this.theirs.lastKey(), "")) + "]: source " + this.theirs.rows()
					+ " rows, target " + ours.rows() + " rows"
					+ ((this.theirs.rows() == ours.rows()) ? ", contents differ" : ""));
		}

	}

}
