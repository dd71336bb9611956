package dev.carve.cli;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;

/**
 * Applies a module's change topic to the target: consecutive source transactions, whole,
 * in one target transaction, which also records the last commit's LSN and offset in
 * {@link MoveState}. A transaction whose commit LSN is not after the last one applied was
 * applied before and is skipped, so a re-read topic or a replayed slot applies nothing
 * twice. The rows are written by a {@link RowWriter}. An {@link ApplyHold} pauses it
 * between two source transactions.
 */
final class ChangeApplier implements Runnable {

	/** The most source transactions applied in one target transaction. */
	static final int MAX_GROUP = 1000;

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
			RowWriter writer = new RowWriter(this.names.module(), this.keys,
					CopySnapshots.read(connection, this.names.module(), this.keys));
			connection.commit();
			this.appliedLsn = applied.lsn();
			TopicPartition partition = new TopicPartition(this.names.topic(), 0);
			this.consumer.assign(List.of(partition));
			this.consumer.seek(partition, applied.offset() + 1);
			List<Change.Row> transaction = new ArrayList<>();
			List<Change.Truncate> truncates = new ArrayList<>();
			while (!this.stopped) {
				Group group = new Group();
				for (ConsumerRecord<byte[], byte[]> record : this.consumer.poll(Duration.ofMillis(100))) {
					switch (Change.fromBytes(record.value())) {
						case Change.Begin begin -> {
							transaction.clear();
							truncates.clear();
						}
						case Change.Row row -> transaction.add(row);
						case Change.Truncate truncate -> truncates.add(truncate);
						case Change.Commit commit -> {
							if (commit.lsn() > Math.max(this.appliedLsn, group.lsn)) {
								group = apply(connection, writer, group,
										new MoveState.Applied(commit.lsn(), record.offset()), truncates, transaction);
							}
							transaction.clear();
							truncates.clear();
						}
					}
				}
				commit(connection, group);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Applying changes to the target failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			// Nothing to commit (no group, the offsets live in the target): a fetch still
			// waiting on the broker is not waited for.
			this.consumer.close(CloseOptions.timeout(Duration.ZERO));
		}
	}

	/**
	 * Applies one source transaction in the group's target transaction, once no hold
	 * stops it; commits the group first when a hold stops this transaction but not the
	 * group.
	 * @return the group the transaction is in
	 */
	private Group apply(Connection connection, RowWriter writer, Group group, MoveState.Applied commit,
			List<Change.Truncate> truncates, List<Change.Row> rows) throws SQLException, InterruptedException {
		if (group.stoppedBy(commit.lsn()) || group.transactions >= MAX_GROUP) {
			commit(connection, group);
			group = new Group();
		}
		while (!this.stopped) {
			writer.write(connection, commit.lsn(), truncates, rows);
			MoveState.applied(connection, this.names.module(), commit);
			if (group.transactions == 0) {
				group.hold = ApplyHold.active(connection, this.names.module());
			}
			if (!group.stoppedBy(commit.lsn())) {
				group.transactions++;
				group.lsn = commit.lsn();
				return group;
			}
			connection.rollback();
			ApplyHold.await(connection, this.names.module(), group.hold, () -> this.stopped);
			group = new Group();
		}
		return group;
	}

	private void commit(Connection connection, Group group) throws SQLException {
		if (group.transactions > 0) {
			connection.commit();
			this.appliedLsn = group.lsn;
			this.appliedTransactions += group.transactions;
		}
	}

	/**
	 * Source transactions applied in one open target transaction, and the hold in force
	 * when it began: read after the group's first update of the move's state, whose row
	 * lock then keeps a new hold out until the group commits.
	 */
	private static final class Group {

		@Nullable Long hold;

		long transactions;

		long lsn;

		boolean stoppedBy(long commitLsn) {
			return this.hold != null && commitLsn > this.hold;
		}

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
