package dev.carve.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.postgresql.replication.LogSequenceNumber;

/**
 * Opens read-only transactions on the source and the target that show both databases at
 * the same source LSN, while writes go on. The source's snapshot comes from a temporary
 * slot, so its consistent point P is known. When a move streams into the target, its
 * applier is held ({@link ApplyHold}) before the first source transaction that ends after
 * P; the target's snapshot is taken while it waits there, and the hold is released at
 * once. Without a streaming move the target is read as it is.
 */
final class ConsistentPoint implements AutoCloseable {

	/** How long to wait for the applier to reach the point. */
	static final Duration CATCH_UP = Duration.ofSeconds(120);

	private final Connection source;

	private final Connection target;

	private ConsistentPoint(Connection source, Connection target) {
		this.source = source;
		this.target = target;
	}

	/**
	 * Opens the transactions.
	 * @param out where to say how the target is read
	 */
	static ConsistentPoint open(Database sourceDatabase, Database targetDatabase, MoveNames names, PrintWriter out)
			throws Exception {
		SourceSlot slot = new SourceSlot(sourceDatabase, names);
		Connection source = sourceDatabase.connect(SnapshotCopy.untyped());
		Connection target = targetDatabase.connect(SnapshotCopy.untyped());
		try (Connection control = targetDatabase.connect()) {
			boolean streaming = MoveState.phase(control, names.module()) == MoveState.Phase.STREAMING && slot.active();
			try {
				if (streaming) {
					ApplyHold.hold(control, names.module(), slot.currentLsn());
				}
				long[] point = new long[1];
				slot.freshSnapshot("verify", (snapshot, lsn) -> {
					SourceSlot.importSnapshot(source, snapshot);
					MovePlan.single(source, "SELECT 1");
					point[0] = lsn;
				});
				if (streaming) {
					awaitHeld(slot, control, names.module(), point[0]);
					readOnly(target);
					if (MoveState.applied(target, names.module()).lsn() > point[0]) {
						throw CarveException.failed("the target applied changes past the verified point", null);
					}
					out.println("comparing at source LSN " + LogSequenceNumber.valueOf(point[0]).asString()
							+ ", which the target has applied up to");
				}
				else {
					readOnly(target);
					out.println("no move streams into the target now: comparing the target as it is");
				}
			}
			finally {
				if (streaming) {
					ApplyHold.release(control, names.module());
				}
			}
			return new ConsistentPoint(source, target);
		}
		catch (Exception ex) {
			source.close();
			target.close();
			throw ex;
		}
	}

	/**
	 * Holds the applier after the point, makes sure a source transaction follows it, and
	 * waits until the applier holds there.
	 */
	private static void awaitHeld(SourceSlot slot, Connection control, String module, long point) throws Exception {
		ApplyHold.hold(control, module, point);
		long deadline = System.nanoTime() + CATCH_UP.toNanos();
		while (!Long.valueOf(point).equals(ApplyHold.heldAt(control, module))) {
			if (System.nanoTime() > deadline) {
				throw CarveException.failed("the move did not apply the changes up to the verified point "
						+ LogSequenceNumber.valueOf(point).asString() + " within " + CATCH_UP.toSeconds()
						+ " s (it applied up to "
						+ LogSequenceNumber.valueOf(MoveState.applied(control, module).lsn()).asString()
						+ "): check that carve move runs", null);
			}
			ApplyHold.renew(control, module);
			TimeUnit.MILLISECONDS.sleep(10);
		}
	}

	private static void readOnly(Connection connection) throws SQLException {
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
		}
		MovePlan.single(connection, "SELECT 1");
	}

	Connection source() {
		return this.source;
	}

	Connection target() {
		return this.target;
	}

	@Override
	public void close() throws SQLException {
		try (this.source; this.target) {
			// Closing ends both read-only transactions.
		}
	}

}
