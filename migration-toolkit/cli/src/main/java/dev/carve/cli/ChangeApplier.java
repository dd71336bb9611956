package dev.carve.cli;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Applies a module's change topic to the target: one target transaction per source
 * transaction, which also records the commit's LSN and offset in {@link MoveState}. A
 * transaction whose commit LSN is not after the last one applied was applied before and
 * is skipped, so a re-read topic or a replayed slot applies nothing twice. Rows are
 * written by primary key (insert or update, delete), with only the columns the source
 * sent.
 */
final class ChangeApplier implements Runnable {

	private final Database target;

	private final MoveNames names;

	private final Map<String, List<String>> keys;

	private final KafkaConsumer<byte[], byte[]> consumer;

	private volatile boolean stopped;

	private volatile long appliedLsn;

	private volatile long appliedTransactions;

	ChangeApplier(Database target, MoveNames names, Map<String, List<String>> keys,
			KafkaConsumer<byte[], byte[]> consumer) {
		this.target = target;
		this.names = names;
		this.keys = keys;
		this.consumer = consumer;
	}

	@Override
	public void run() {
		try (Connection connection = this.target.connectForWriting()) {
			connection.setAutoCommit(false);
			MoveState.Applied applied = MoveState.applied(connection, this.names.module());
			connection.commit();
			this.appliedLsn = applied.lsn();
			TopicPartition partition = new TopicPartition(this.names.topic(), 0);
			this.consumer.assign(List.of(partition));
			this.consumer.seek(partition, applied.offset() + 1);
			List<Change.Row> transaction = new ArrayList<>();
			List<Change.Truncate> truncates = new ArrayList<>();
			while (!this.stopped) {
				for (ConsumerRecord<byte[], byte[]> record : this.consumer.poll(Duration.ofMillis(100))) {
					switch (Change.fromBytes(record.value())) {
						case Change.Begin begin -> {
							transaction.clear();
							truncates.clear();
						}
						case Change.Row row -> transaction.add(row);
						case Change.Truncate truncate -> truncates.add(truncate);
						case Change.Commit commit -> {
							if (commit.lsn() > this.appliedLsn) {
								apply(connection, truncates, transaction);
								MoveState.applied(connection, this.names.module(),
										new MoveState.Applied(commit.lsn(), record.offset()));
								connection.commit();
								this.appliedLsn = commit.lsn();
								this.appliedTransactions++;
							}
							transaction.clear();
							truncates.clear();
						}
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Applying changes to the target failed: " + ex.getMessage(), ex);
		}
		finally {
			this.consumer.close();
		}
	}

	private void apply(Connection connection, List<Change.Truncate> truncates, List<Change.Row> rows)
			throws SQLException {
		for (Change.Truncate truncate : truncates) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("TRUNCATE "
						+ truncate.tables().stream().map(this::qualified).collect(Collectors.joining(", ")));
			}
		}
		for (Change.Row row : rows) {
			List<String> key = this.keys.get(row.table());
			if (row.operation() == 'D') {
				delete(connection, row.table(), key, row.old());
				continue;
			}
			if (!row.old().isEmpty() && !values(key, row.old()).equals(values(key, row.row()))) {
				delete(connection, row.table(), key, row.old());
			}
			upsert(connection, row.table(), key, row.row());
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

	private void delete(Connection connection, String table, List<String> key, List<Change.Column> old)
			throws SQLException {
		String sql = "DELETE FROM " + qualified(table) + " WHERE ("
				+ key.stream().map(SchemaFacts::quote).collect(Collectors.joining(", ")) + ") = ("
				+ key.stream().map((column) -> "?").collect(Collectors.joining(", ")) + ")";
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			Keyset.bind(statement, 1, values(key, old));
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
		return SchemaFacts.quote(this.names.module()) + "." + SchemaFacts.quote(table);
	}

	/** The end LSN of the last source commit applied. */
	long appliedLsn() {
		return this.appliedLsn;
	}

	/** Source transactions applied by this run. */
	long appliedTransactions() {
		return this.appliedTransactions;
	}

	void stop() {
		this.stopped = true;
	}

}
