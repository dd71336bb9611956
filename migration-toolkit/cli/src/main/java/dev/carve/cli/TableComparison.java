package dev.carve.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Compares tables on two databases in primary-key chunks: the source decides each chunk's
 * key range, both sides count and checksum the rows in it ({@code md5} of the rows' text
 * in key order). Both connections read with the same session settings, so equal rows have
 * equal text.
 */
final class TableComparison {

	private final Connection source;

	private final Connection target;

	private final int chunkRows;

	TableComparison(Connection source, Connection target, int chunkRows) {
		this.source = source;
		this.target = target;
		this.chunkRows = chunkRows;
	}

	/**
	 * Compares every table of a schema.
	 * @return the differences, one per table and key range
	 */
	List<String> compare(SchemaFacts facts, PrintWriter out) throws SQLException {
		List<String> differences = new ArrayList<>();
		for (SchemaFacts.Table table : facts.tables()) {
			Keyset keyset = new Keyset(facts.schema(), table.name(), table.primaryKey());
			long rows = compare(keyset, differences);
			out.printf("%s: %d rows compared%n", facts.schema() + "." + table.name(), rows);
		}
		return differences;
	}

	private long compare(Keyset keyset, List<String> differences) throws SQLException {
		List<String> lastKey = null;
		long rows = 0;
		while (true) {
			String chunk = "SELECT * FROM " + keyset.qualified() + ((lastKey != null) ? " WHERE " + keyset.after() : "")
					+ " ORDER BY " + keyset.keyColumns() + " LIMIT " + this.chunkRows;
			Summary theirs = summary(keyset, this.source, chunk, lastKey, null);
			boolean last = theirs.rows() < this.chunkRows;
			String range = "SELECT * FROM " + keyset.qualified() + " WHERE true"
					+ ((lastKey != null) ? " AND " + keyset.after() : "") + ((!last) ? " AND " + keyset.upTo() : "");
			Summary ours = summary(keyset, this.target, range, lastKey, last ? null : theirs.lastKey());
			if (theirs.rows() != ours.rows() || !Objects.equals(theirs.checksum(), ours.checksum())) {
				differences.add(keyset.qualified().replace("\"", "") + " keys " + describe(lastKey, "(") + " .. "
						+ (last ? "end" : describe(theirs.lastKey(), "")) + "]: source " + theirs.rows()
						+ " rows, target " + ours.rows() + " rows"
						+ ((theirs.rows() == ours.rows()) ? ", contents differ" : ""));
			}
			rows += theirs.rows();
			if (last) {
				return rows;
			}
			lastKey = theirs.lastKey();
		}
	}

	private Summary summary(Keyset keyset, Connection connection, String rows, @Nullable List<String> after,
			@Nullable List<String> upTo) throws SQLException {
		String sql = "WITH c AS (" + rows + ") SELECT count(*), md5(string_agg(c::text, '|' ORDER BY "
				+ keyset.keyColumns() + ")), (SELECT " + keyset.keyAsText() + " FROM c ORDER BY "
				+ keyset.keyColumnsDescending() + " LIMIT 1) FROM c";
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

	private record Summary(long rows, @Nullable String checksum, @Nullable List<String> lastKey) {

	}

}
