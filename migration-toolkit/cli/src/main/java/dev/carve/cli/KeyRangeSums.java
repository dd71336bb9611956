package dev.carve.cli;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A table with a one-column primary key compared in key ranges by one read of each side
 * in heap order (ADR 36, amended): the ranges' bounds come first from the source's key
 * index (the last key of every {@code chunkRows} rows), then each side sums each row's
 * hash into the range its key falls in. Range {@code j} holds the keys after bound
 * {@code j - 1} up to and with bound {@code j}; the last range has no upper bound.
 */
final class KeyRangeSums {

	private final Keyset keyset;

	private final String keyType;

	private final List<String> bounds;

	private KeyRangeSums(Keyset keyset, String keyType, List<String> bounds) {
		this.keyset = keyset;
		this.keyType = keyType;
		this.bounds = List.copyOf(bounds);
	}

	/**
	 * Reads the ranges of a table from the source.
	 * @param source the source, in the comparison's snapshot
	 * @param keyset the table, whose key has one column
	 * @param chunkRows the rows of a range
	 */
	static KeyRangeSums read(Connection source, Keyset keyset, int chunkRows) throws SQLException {
		String key = SchemaFacts.quote(keyset.key().getFirst());
		String keyType;
		try (PreparedStatement statement = source.prepareStatement("SELECT format_type(atttypid, atttypmod)"
				+ " FROM pg_attribute WHERE attrelid = ?::regclass AND attname = ?")) {
			statement.setString(1, keyset.qualified());
			statement.setString(2, keyset.key().getFirst());
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				keyType = result.getString(1);
			}
		}
		List<String> bounds = new ArrayList<>();
		try (PreparedStatement first = source.prepareStatement("SELECT " + key + "::text FROM " + keyset.qualified()
				+ " ORDER BY " + key + " OFFSET " + (chunkRows - 1) + " LIMIT 1");
				PreparedStatement next = source
					.prepareStatement("SELECT " + key + "::text FROM " + keyset.qualified() + " WHERE " + keyset.after()
							+ " ORDER BY " + key + " OFFSET " + (chunkRows - 1) + " LIMIT 1")) {
			while (true) {
				PreparedStatement statement = bounds.isEmpty() ? first : next;
				if (!bounds.isEmpty()) {
					statement.setString(1, bounds.getLast());
				}
				try (ResultSet result = statement.executeQuery()) {
					if (!result.next()) {
						return new KeyRangeSums(keyset, keyType, bounds);
					}
					bounds.add(result.getString(1));
				}
			}
		}
	}

	/** How many ranges there are: one more than bounds. */
	int ranges() {
		return this.bounds.size() + 1;
	}

	/** The key before range {@code j}, or {@code null} for the first. */
	@Nullable String after(int range) {
		return (range == 0) ? null : this.bounds.get(range - 1);
	}

	/** The last key of range {@code j}, or {@code null} for the last range. */
	@Nullable String upTo(int range) {
		return (range < this.bounds.size()) ? this.bounds.get(range) : null;
	}

	/**
	 * Sums a side's rows by range.
	 * @param connection the side, in the comparison's snapshot
	 * @return for each range that holds rows there, its rows and the sum of their hashes
	 */
	Map<Integer, Sum> sum(Connection connection) throws SQLException {
		String key = "t." + SchemaFacts.quote(this.keyset.key().getFirst());
		String hash = "hash_record_extended(t, 0)";
		// The bounds are an init plan, computed once: a cast of the parameter in the
		// row's expressions would run for every row under a generic plan. width_bucket
		// puts a key equal to a bound in the range above it; it belongs to the range the
		// bound ends.
		String sql = this.bounds.isEmpty()
				? "SELECT 0, count(*), sum(" + hash + ")::text FROM " + this.keyset.qualified() + " t"
				: "WITH b AS MATERIALIZED (SELECT ?::text[]::" + this.keyType + "[] AS bounds)"
						+ " SELECT CASE WHEN w > 0 AND k = ((SELECT bounds FROM b))[w] THEN w - 1 ELSE w END,"
						+ " count(*), sum(h)::text FROM (SELECT width_bucket(" + key
						+ ", (SELECT bounds FROM b)) AS w, " + key + " AS k, " + hash + " AS h FROM "
						+ this.keyset.qualified() + " t) x GROUP BY 1";
		Map<Integer, Sum> sums = new HashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			if (!this.bounds.isEmpty()) {
				statement.setArray(1, connection.createArrayOf("text", this.bounds.toArray()));
			}
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					sums.put(result.getInt(1), new Sum(result.getLong(2), result.getString(3)));
				}
			}
		}
		return sums;
	}

	/**
	 * The rows of a range on one side.
	 *
	 * @param rows how many
	 * @param checksum the sum of their hashes
	 */
	record Sum(long rows, @Nullable String checksum) {

		static final Sum NONE = new Sum(0, null);

	}

}
