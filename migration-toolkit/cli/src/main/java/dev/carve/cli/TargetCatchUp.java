package dev.carve.cli;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.postgresql.replication.LogSequenceNumber;

/**
 * How a cutover waits for the target to apply the source's changes, read from the move's
 * state in the target: before the fence, until the move keeps up; after it, until the
 * fence's own mark is applied.
 */
final class TargetCatchUp {

	private final String module;

	private final Connection control;

	/**
	 * @param module the module moved
	 * @param control a connection to the target, where the move records what it applied
	 */
	TargetCatchUp(String module, Connection control) {
		this.module = module;
		this.control = control;
	}

	/**
	 * Waits for a moment when the move keeps up, to fence right after it. It writes a
	 * mark into the source's WAL and waits until the target applied it; a mark that took
	 * longer than {@code maxLag} shows the stream behind (a backlog, a burst of writes, a
	 * machine busy elsewhere), which the fence's own mark would meet too while writes
	 * wait, so it marks again. The first mark applied within {@code maxLag} ends the
	 * wait.
	 * @param source a connection to the source, in auto-commit, for the marks
	 * @param maxLag the longest a mark may take to be applied for the fence to follow
	 * @param within how long to keep trying
	 * @return how long each mark took to be applied, in milliseconds, the last within
	 * {@code maxLag}
	 * @throws CarveException {@link Carve#REFUSED} when no mark was applied within
	 * {@code maxLag} in time, saying how long they took
	 */
	List<Long> awaitKeepingUp(Connection source, Duration maxLag, Duration within)
			throws SQLException, InterruptedException {
		long deadline = System.nanoTime() + within.toNanos();
		List<Long> marks = new ArrayList<>();
		// The first mark may wait for a backlog as long as it is given.
		marks.add(awaitApplied(SourceSlot.mark(source), within));
		while (marks.getLast() > maxLag.toMillis()) {
			long left = deadline - System.nanoTime();
			long applied = (left > 0) ? appliedWithin(SourceSlot.mark(source), left) : -1;
			if (applied < 0) {
				throw CarveException.refused("the move did not keep up within --max-lag " + maxLag.toMillis()
						+ " ms for " + within.toMillis() + " ms: the last of " + marks.size()
						+ " marks written into the source took " + marks.getLast() + " ms to reach the target, and"
						+ " writes would wait about that long at the fence; cut over when the source is less busy,"
						+ " or allow a longer --max-lag (or --catch-up); nothing changed");
			}
			marks.add(applied);
		}
		return marks;
	}

	/**
	 * Waits until the target applied the source transaction that ends at a mark.
	 * @param mark the mark's LSN
	 * @param within how long to wait
	 * @return how long it took, in milliseconds
	 * @throws CarveException {@link Carve#REFUSED} when it was not applied in time
	 */
	long awaitApplied(long mark, Duration within) throws SQLException, InterruptedException {
		long applied = appliedWithin(mark, within.toNanos());
		if (applied < 0) {
			throw CarveException.refused(
					"the move did not apply the source's changes up to " + LogSequenceNumber.valueOf(mark).asString()
							+ " within " + within.toMillis() + " ms (it applied up to "
							+ LogSequenceNumber.valueOf(MoveState.applied(this.control, this.module).lsn()).asString()
							+ "): let it catch up (carve status " + this.module + ") or allow more time");
		}
		return applied;
	}

	/** How long the target took to apply a mark, in milliseconds; -1 if not in time. */
	private long appliedWithin(long mark, long withinNanos) throws SQLException, InterruptedException {
		long started = System.nanoTime();
		while (MoveState.applied(this.control, this.module).lsn() < mark) {
			if (System.nanoTime() - started > withinNanos) {
				return -1;
			}
			TimeUnit.MILLISECONDS.sleep(2);
		}
		return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
	}

}
