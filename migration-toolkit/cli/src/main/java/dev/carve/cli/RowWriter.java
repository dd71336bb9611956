package dev.carve.cli;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes one source transaction's changes into the target's tables by primary key: insert
 * or update with only the columns the source sent, delete, truncate. A change the copy
 * already holds ({@link CopySnapshots}) is left out, so every change is applied exactly
 * once to every key, whichever snapshot its key was copied at.
 */
final class RowWriter {

	private final String module;

	private final Map<String, List<String>> keys;

	private final CopySnapshots snapshots;

	/**
	 * @param keys each table's primary key columns
	 * @param snapshots the snapshots the tables were copied at
	 */
	RowWriter(String module, Map<String, List<String>> keys, CopySnapshots snapshots) {
		this.module = module;
		this.keys = keys;
		this.snapshots = snapshots;
	}

	/**
	 * Writes a transaction's changes, in the connection's open transaction.
	 * @param commitLsn the end LSN of the source transaction's commit
	 */
	void write(Connection connection, long commitLsn, List<Change.Truncate> truncates, List<Change.Row> rows)
			throws SQLException {
		for (Change.Truncate truncate : truncates) {
			for (String table : truncate.tables()) {
				truncate(connection, table, commitLsn);
			}
		}
		for (Change.Row row : rows) {
			List<String> key = this.keys.get(row.table());
			if (row.operation() == 'D') {
				delete(connection, row.table(), values(key, row.old()), commitLsn);
				continue;
			}
			if (!row.old().isEmpty() && !values(key, row.old()).equals(values(key, row.row()))) {
				delete(connection, row.table(), values(key, row.old()), commitLsn);
			}
			if (!this.snapshots.holds(connection, row.table(), values(key, row.row()), commitLsn)) {
				upsert(connection, row.table(), key, row.row());
			}
		}
	}

	private void truncate(Connection connection, String table, long commitLsn) throws SQLException {
		List<String> upTo = this.snapshots.truncatedUpTo(table, commitLsn);
		if (upTo == null) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("TRUNCATE " + qualified(table));
			}
		}
		else if (!upTo.isEmpty()) {
			Keyset keyset = new Keyset(this.module, table, this.keys.get(table));
			try (PreparedStatement statement = connection
				.prepareStatement("DELETE FROM " + qualified(table) + " WHERE " + keyset.upTo())) {
				Keyset.bind(statement, 1, upTo);
				statement.executeUpdate();
			}
		}
	}

	private void upsert(Connection connection, String table, List<String> key, List<Change.Column> row)
			throws SQLException {
		List<Change.Column> sent = row.stream().filter((column) -> !column.unchanged()).toList();
		String columns = sent.stream()
			.map((column) -> SchemaFacts.quote(column.name()))
			.collect(Collectors.joining(", "));
		String updates = sent.stream()
			.filter((column) -> !key.contains(column.name()))
			.map((column) -> SchemaFacts.quote(column.name()) + " = excluded." + SchemaFacts.quote(column.name()))
			.collect(Collectors.joining(", "));
		String sql = "INSERT INTO " + qualified(table) + " (" + columns + ") VALUES ("
				+ sent.stream().map((column) -> "?").collect(Collectors.joining(", ")) + ") ON CONFLICT ("
				+ key.stream().map(SchemaFacts::quote).collect(Collectors.joining(", ")) + ") DO "
				+ (updates.isEmpty() ? "NOTHING" : "UPDATE SET " + updates);
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < sent.size(); i++) {
				statement.setString(i + 1, sent.get(i).value());
			}
			statement.executeUpdate();
		}
	}

	private void delete(Connection connection, String table, List<String> key, long commitLsn) throws SQLException {
		if (this.snapshots.holds(connection, table, key, commitLsn)) {
			return;
		}
		Keyset keyset = new Keyset(this.module, table, this.keys.get(table));
		try (PreparedStatement statement = connection
			.prepareStatement("DELETE FROM " + qualified(table) + " WHERE " + keyset.at())) {
			Keyset.bind(statement, 1, key);
			statement.executeUpdate();
		}
	}

	private static List<String> values(List<String> key, List<Change.Column> columns) {
		return key.stream()
			.map((name) -> columns.stream()
				.filter((column) -> column.name().equals(name))
				.findFirst()
				.map(Change.Column::value)
				.orElse(null))
			.toList();
	}

	private String qualified(String table) {
		return SchemaFacts.quote(this.module) + "." + SchemaFacts.quote(table);
	}

}
