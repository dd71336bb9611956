package dev.carve.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Copies a module's tables as they were at one exported snapshot, in primary-key chunks.
 * Each chunk is written in one target transaction with its progress in {@link MoveState}.
 * Values travel as text, so the target reads them into the same types.
 */
final class SnapshotCopy {

	private final Database source;

	private final Database target;

	private final String module;

	private final int chunkRows;

	private final long throttle;

	private final PrintWriter out;

	/**
	 * @param chunkRows rows per chunk
	 * @param throttle the most rows per second to copy, or 0 for no limit
	 */
	SnapshotCopy(Database source, Database target, String module, int chunkRows, long throttle, PrintWriter out) {
		this.source = source;
		this.target = target;
		this.module = module;
		this.chunkRows = chunkRows;
		this.throttle = throttle;
		this.out = out;
	}

	/** Untyped text parameters: the server reads each into its column's type. */
	static Properties untyped() {
		Properties properties = new Properties();
		properties.setProperty("stringtype", "unspecified");
		return properties;
	}

	/**
	 * Copies the tables.
	 * @param snapshot the exported snapshot to read
	 * @param tables the module's tables
	 */
	void copy(String snapshot, List<SchemaFacts.Table> tables) throws SQLException, InterruptedException {
		try (Connection from = this.source.connect(untyped()); Connection to = this.target.connectForWriting()) {
			from.setAutoCommit(false);
			try (Statement statement = from.createStatement()) {
				statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
				statement.execute("SET TRANSACTION SNAPSHOT '" + snapshot.replace("'", "''") + "'");
			}
			to.setAutoCommit(false);
			for (SchemaFacts.Table table : tables) {
				copy(from, to, new Keyset(this.module, table.name(), table.primaryKey()));
			}
			from.commit();
		}
	}

	private void copy(Connection from, Connection to, Keyset keyset) throws SQLException, InterruptedException {
		List<String> columns = columns(from, keyset);
		String select = "SELECT " + columns.stream()
			.map((column) -> SchemaFacts.quote(column) + "::text")
			.collect(Collectors.joining(", ")) + ", " + keyset.keyAsText() + " FROM " + keyset.qualified();
		String insert = "INSERT INTO " + keyset.qualified() + " ("
				+ columns.stream().map(SchemaFacts::quote).collect(Collectors.joining(", "))
				+ ") OVERRIDING SYSTEM VALUE VALUES ("
				+ columns.stream().map((column) -> "?").collect(Collectors.joining(", ")) + ")";
		List<String> lastKey = null;
		long copied = 0;
		long started = System.nanoTime();
		while (true) {
			String sql = select + ((lastKey != null) ? " WHERE " + keyset.after() : "") + " ORDER BY "
					+ keyset.keyColumns() + " LIMIT " + this.chunkRows;
			int rows = 0;
			try (PreparedStatement read = from.prepareStatement(sql);
					PreparedStatement write = to.prepareStatement(insert)) {
				if (lastKey != null) {
					Keyset.bind(read, 1, lastKey);
				}
				try (ResultSet result = read.executeQuery()) {
					while (result.next()) {
						for (int i = 1; i <= columns.size(); i++) {
							write.setString(i, result.getString(i));
						}
						write.addBatch();
						lastKey = MoveState.keyOf(result.getArray(columns.size() + 1));
						rows++;
					}
				}
				write.executeBatch();
			}
			boolean done = rows < this.chunkRows;
			MoveState.copied(to, this.module, keyset.table(), lastKey, rows, done);
			to.commit();
			copied += rows;
			pace(copied, started);
			if (done) {
				break;
			}
		}
		double seconds = Math.max(System.nanoTime() - started, 1) / 1e9;
		this.out.printf("copied %s: %d rows (%.0f rows/s)%n", keyset.qualified().replace("\"", ""), copied,
				copied / seconds);
	}

	private void pace(long copied, long started) throws InterruptedException {
		if (this.throttle > 0) {
			long due = started + copied * 1_000_000_000L / this.throttle;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
			}
		}
	}

	/** The table's columns a row is written with: all but generated ones, in order. */
	private static List<String> columns(Connection connection, Keyset keyset) throws SQLException {
		return new ArrayList<>(SchemaFacts.strings(connection, """
				SELECT attname FROM pg_attribute WHERE attrelid = ?::regclass AND attnum > 0
				AND NOT attisdropped AND attgenerated = '' ORDER BY attnum""", keyset.qualified()));
	}

}
