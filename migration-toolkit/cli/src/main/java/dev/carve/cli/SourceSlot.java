package dev.carve.cli;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

import dev.carve.routetable.RouteRows;
import org.postgresql.PGConnection;
import org.postgresql.replication.LogSequenceNumber;
import org.postgresql.replication.ReplicationSlotInfo;

/**
 * A move's publication and replication slot on the source: created together with the
 * snapshot the copy reads, dropped on abort.
 */
final class SourceSlot {

	/**
	 * The marker a move's stream is asked to apply: by {@link #mark} on its own, or by
	 * {@code carve cutover} in the transaction that fences the module.
	 */
	static final RouteRows.Message MARK = new RouteRows.Message("carve", "caught-up");

	private final Database source;

	private final MoveNames names;

	SourceSlot(Database source, MoveNames names) {
		this.source = source;
		this.names = names;
	}

	/**
	 * Creates the publication (listing the module's tables, so that Liquibase's tables
	 * stay out) unless it exists, and the slot, and runs the copy while the slot's
	 * exported snapshot lives: the slot streams exactly the changes committed after that
	 * snapshot.
	 * @param tables the module's tables
	 * @param copy reads the snapshot by its name
	 */
	void create(List<SchemaFacts.Table> tables, SnapshotReader copy) throws Exception {
		try (Connection connection = this.source.connect(); Statement statement = connection.createStatement()) {
			statement.execute("DROP PUBLICATION IF EXISTS " + this.names.publication());
			statement.execute("CREATE PUBLICATION " + this.names.publication() + " FOR TABLE "
					+ tables.stream()
						.map((table) -> SchemaFacts.quote(this.names.module()) + "." + SchemaFacts.quote(table.name()))
						.collect(Collectors.joining(", ")));
		}
		snapshot(this.names.slot(), false, copy);
	}

	/**
	 * Whether the move's slot exists.
	 * @param connection a connection to the source
	 */
	boolean exists(Connection connection) throws SQLException {
		return MovePlan
			.single(connection,
					"SELECT count(*) FROM pg_replication_slots WHERE slot_name = '" + this.names.slot() + "'")
			.equals("1");
	}

	/** Whether a process streams from the move's slot now. */
	boolean active() throws SQLException {
		try (Connection connection = this.source.connect()) {
			return MovePlan
				.single(connection,
						"SELECT count(*) FROM pg_replication_slots WHERE slot_name = '" + this.names.slot()
								+ "' AND active")
				.equals("1");
		}
	}

	/**
	 * Runs a reader in a fresh snapshot whose consistent point is known: the snapshot
	 * holds exactly the transactions whose commit ends at or before that LSN. A temporary
	 * slot, gone when the reader returns, makes it.
	 * @param purpose what the snapshot is for, part of the temporary slot's name
	 */
	void freshSnapshot(String purpose, SnapshotReader reader) throws Exception {
		snapshot(this.names.slot() + "_" + purpose, true, reader);
	}

	private void snapshot(String name, boolean temporary, SnapshotReader reader) throws Exception {
		try (Connection replication = this.source.connect(ChangeReader.replication())) {
			var builder = replication.unwrap(PGConnection.class)
				.getReplicationAPI()
				.createReplicationSlot()
				.logical()
				.withSlotName(name)
				.withOutputPlugin("pgoutput");
			ReplicationSlotInfo slot = (temporary ? builder.withTemporaryOption() : builder).make();
			reader.read(slot.getSnapshotName(), slot.getConsistentPoint().asLong());
		}
	}

	/**
	 * Starts a read-only transaction in an exported snapshot; the exporter must still
	 * live.
	 */
	static void importSnapshot(Connection connection, String snapshot) throws SQLException {
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
			statement.execute("SET TRANSACTION SNAPSHOT '" + snapshot.replace("'", "''") + "'");
		}
	}

	/** The source's current WAL write position. */
	long currentLsn() throws SQLException {
		try (Connection connection = this.source.connect()) {
			return LogSequenceNumber.valueOf(MovePlan.single(connection, "SELECT pg_current_wal_lsn()::text")).asLong();
		}
	}

	/**
	 * Writes a transactional marker into the source's WAL.
	 * @return its LSN: every transaction committed before it ends before this LSN
	 */
	long mark() throws SQLException {
		try (Connection connection = this.source.connect()) {
			return mark(connection);
		}
	}

	/**
	 * Writes a transactional marker into the source's WAL through an open connection, and
	 * commits it synchronously whatever the source's {@code synchronous_commit}: logical
	 * decoding sends only WAL that is flushed, and with {@code synchronous_commit=off} a
	 * commit's WAL waits for the WAL writer ({@code wal_writer_delay}, 200 ms by default)
	 * — time a cutover's writes would spend fenced.
	 * @param source a connection to the source, in auto-commit
	 * @return its LSN: every transaction committed before it ends before this LSN
	 */
	static long mark(Connection source) throws SQLException {
		// One round trip: the setting is read when the statement's transaction commits.
		try (PreparedStatement statement = source.prepareStatement(
				"SELECT set_config('synchronous_commit', 'on', false), pg_logical_emit_message(true, ?, ?)::text")) {
			statement.setString(1, MARK.prefix());
			statement.setString(2, MARK.content());
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return LogSequenceNumber.valueOf(result.getString(2)).asLong();
			}
		}
	}

	/**
	 * Sets the target's sequences to the source's values: logical decoding does not carry
	 * them.
	 */
	void copySequences(Database target, String schema) throws SQLException {
		try (Connection from = this.source.connect(); Connection to = target.connect()) {
			copySequences(from, to, schema);
		}
	}

	/**
	 * Sets the target's sequences to the source's values through open connections.
	 * @param from a connection to the source
	 * @param to a connection to the target, in auto-commit
	 */
	static void copySequences(Connection from, Connection to, String schema) throws SQLException {
		try (PreparedStatement read = from.prepareStatement(
				"SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = ? AND last_value IS NOT NULL");
				PreparedStatement write = to.prepareStatement("SELECT setval(?::regclass, ?)")) {
			read.setString(1, schema);
			try (ResultSet result = read.executeQuery()) {
				while (result.next()) {
					write.setString(1, SchemaFacts.quote(schema) + "." + SchemaFacts.quote(result.getString(1)));
					write.setLong(2, result.getLong(2));
					write.execute();
				}
			}
		}
	}

	/** Drops the slot and the publication, those that exist. */
	void drop() throws SQLException {
		try (Connection connection = this.source.connect(); Statement statement = connection.createStatement()) {
			statement.execute("SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = '"
					+ this.names.slot() + "'");
			statement.execute("DROP PUBLICATION IF EXISTS " + this.names.publication());
		}
	}

	/** Reads an exported snapshot while it lives. */
	@FunctionalInterface
	interface SnapshotReader {

		/**
		 * @param snapshot the exported snapshot's name
		 * @param lsn its consistent point
		 */
		void read(String snapshot, long lsn) throws Exception;

	}

}
