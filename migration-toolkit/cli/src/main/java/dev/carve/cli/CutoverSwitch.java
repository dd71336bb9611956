package dev.carve.cli;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import dev.carve.routetable.RouteRows;
import org.postgresql.replication.LogSequenceNumber;

/**
 * The switch of {@code carve cutover}, once every precondition holds (ADR 24): the source
 * is fenced, the target applies every change made before the fence while the sequences
 * are copied, the target serves, the source goes dormant. Past {@code --max-fence} before
 * the target serves, the source serves again and nothing changed; once the target serves
 * there is no going back. Every route change goes to an app's database over a connection
 * opened before the fence ({@link AppRoute}, ADR 26).
 */
final class CutoverSwitch {

	private final String module;

	private final Duration maxFence;

	private final Duration catchUp;

	private final Duration maxLag;

	/**
	 * @param module the module switched
	 * @param maxFence how long writes may wait before the target serves
	 * @param catchUp how long the move may take to catch up and keep up before the fence
	 * @param maxLag how long the last change before the fence may take to reach the
	 * target ({@link TargetCatchUp#awaitKeepingUp})
	 */
	CutoverSwitch(String module, Duration maxFence, Duration catchUp, Duration maxLag) {
		this.module = module;
		this.maxFence = maxFence;
		this.catchUp = catchUp;
		this.maxLag = maxLag;
	}

	/**
	 * Switches the module over.
	 * @param source the route of the module in the source app's database
	 * @param target the route of the module in the target app's database
	 * @param connections the connections the switch uses while writes wait
	 * @param preparing the steps before the fence, reported with the switch's
	 * @param reporter where a failed undo is said
	 * @return what the cutover reports: the fence's and the source's dormant LSN, how
	 * long writes were fenced and the target took to catch up, each step's time
	 * ({@code stepsMillis}), the time before the fence ({@code preparedMillis}) and how
	 * long each mark before the fence took to reach the target ({@code marksMillis})
	 * @throws CarveException {@link Carve#REFUSED} when the move did not keep up before
	 * the fence (nothing changed), or {@link Carve#REFUSED} or {@link Carve#FAILED} when
	 * the switch went back (the source serves again) or could not end cleanly, as its
	 * message says
	 */
	Map<String, Object> run(AppRoute source, AppRoute target, SwitchConnections connections, SwitchSteps preparing,
			Reporter reporter) throws Exception {
		ExecutorService copier = Executors.newSingleThreadExecutor();
		try {
			// The sequences are copied once before the fence, through the same call on
			// the same thread as the copy while writes wait: that copy then runs a warm
			// path, and one that fails does so before anything changed.
			long step = System.nanoTime();
			join(copySequences(connections, copier));
			step = preparing.record("sequences", step);
			// The fence follows the first mark that reached the target within --max-lag
			// at once: its own mark then meets the stream as it was just then.
			TargetCatchUp catchingUp = new TargetCatchUp(this.module, connections.control());
			List<Long> marks = catchingUp.awaitKeepingUp(connections.source(), this.maxLag, this.catchUp);
			preparing.record("catchUp", step);
			reporter.say("the move keeps up: the last change before the fence reached the target in " + marks.getLast()
					+ " ms; fencing " + this.module + " in the source app");
			Map<String, Object> result = switchOver(source, target, connections, catchingUp, copier, reporter);
			result.put("preparedMillis", preparing.millis);
			result.put("marksMillis", marks);
			return result;
		}
		finally {
			copier.shutdown();
		}
	}

	/**
	 * The switch. Between the fence and the source going dormant, nothing is run for the
	 * first time that need not be: no lambda or string concatenation is linked there
	 * (each costs milliseconds the first time on a loaded machine, and writes wait).
	 */
	private Map<String, Object> switchOver(AppRoute source, AppRoute target, SwitchConnections connections,
			TargetCatchUp catchingUp, ExecutorService copier, Reporter reporter) throws Exception {
		Connection control = connections.control();
		SwitchSteps steps = new SwitchSteps();
		RouteRows.Committed fence;
		long started = System.nanoTime();
		try {
			// The marker the target must apply is written in the fence's own transaction.
			fence = source.fence(this.maxFence);
		}
		catch (SQLException ex) {
			throw CarveException.failed("the source app's route for " + this.module + " could not be fenced ("
					+ ex.getMessage() + "): its writes in flight took longer than --max-fence "
					+ this.maxFence.toMillis() + " ms, or its database failed; nothing changed", ex);
		}
		long fenced = steps.record("fence", started);
		long applied;
		CompletableFuture<Long> sequences = null;
		try {
			long mark = LogSequenceNumber.valueOf(Objects.requireNonNull(fence.messageLsn())).asLong();
			// Nothing advances the source's sequences once it is fenced: they are copied
			// while the target catches up, on connections of their own.
			sequences = copySequences(connections, copier);
			applied = catchingUp.awaitApplied(mark, left(fenced));
			long caughtUp = steps.record("apply", fenced);
			// The time the copy added to the fence, if any.
			join(sequences);
			steps.record("sequences", caughtUp);
			if (left(fenced).isZero()) {
				throw CarveException.refused("the switch took longer than --max-fence " + this.maxFence.toMillis()
						+ " ms before the target could serve (steps in ms: " + steps.millis + ")");
			}
		}
		catch (CarveException | SQLException ex) {
			if (sequences != null) {
				// Its connections close when the switch ends.
				sequences.exceptionally((failure) -> 0L).join();
			}
			source.change("serving", this.maxFence);
			throw CarveException.failed(ex.getMessage().replaceFirst("^\\w+: ", "") + "; the source app serves "
					+ this.module + " again and nothing changed", ex);
		}
		RouteRows.Committed serving;
		long serveStarted = System.nanoTime();
		try {
			serving = target.change("serving", this.maxFence);
		}
		catch (SQLException ex) {
			undoTarget(target, reporter);
			source.change("serving", this.maxFence);
			throw CarveException.failed("the target app did not take " + this.module + " (" + ex.getMessage()
					+ "); the source app serves it again", ex);
		}
		long served = steps.record("serve", serveStarted);
		RouteRows.Committed dormant = dormant(source);
		long done = steps.record("dormant", served);
		MoveState.phase(control, this.module, MoveState.Phase.CUT_OVER);
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("module", this.module);
		result.put("fenceLsn", fence.lsn());
		result.put("fenceWaitedMillis", fence.change().waitedMillis());
		result.put("appliedMillis", applied);
		result.put("fencedMillis", TimeUnit.NANOSECONDS.toMillis(done - fenced));
		result.put("serveWaitedMillis", serving.change().waitedMillis());
		result.put("dormantLsn", dormant.lsn());
		result.put("stepsMillis", steps.millis);
		return result;
	}

	/** Copies the sequences on the copier's thread. */
	private CompletableFuture<Long> copySequences(SwitchConnections connections, ExecutorService copier) {
		return CompletableFuture.supplyAsync(() -> copySequences(connections), copier);
	}

	/**
	 * Copies the module's sequences from the source to the target.
	 * @return how long it took, in milliseconds
	 * @throws CarveException {@link Carve#FAILED} when a database fails
	 */
	private long copySequences(SwitchConnections connections) {
		long started = System.nanoTime();
		try {
			SourceSlot.copySequences(connections.source(), connections.target(), this.module);
		}
		catch (SQLException ex) {
			throw CarveException.failed("copying the sequences of " + this.module + " failed: " + ex.getMessage(), ex);
		}
		return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
	}

	private static long join(CompletableFuture<Long> step) throws Exception {
		try {
			return step.join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof Exception cause) ? cause : ex;
		}
	}

	/**
	 * The connections the switch uses while writes wait.
	 *
	 * @param source to the source, for the sequences
	 * @param target to the target, for the sequences
	 * @param control to the target, for the move's state
	 */
	record SwitchConnections(Connection source, Connection target, Connection control) {
	}

	/** What is left of {@code --max-fence} since the fence took effect. */
	private Duration left(long fencedNanos) {
		Duration left = this.maxFence.minusNanos(System.nanoTime() - fencedNanos);
		return left.isNegative() ? Duration.ZERO : left;
	}

	/**
	 * Makes the source dormant. Once the target serves there is no going back: a source
	 * whose database cannot be reached stays fenced, which refuses its writes of the
	 * module after their wait rather than splitting them between two databases.
	 */
	private RouteRows.Committed dormant(AppRoute source) throws InterruptedException {
		SQLException last = null;
		for (int attempt = 1; attempt <= 3; attempt++) {
			try {
				return (attempt == 1) ? source.change("dormant", this.maxFence)
						: source.changeOnNewConnection("dormant", this.maxFence);
			}
			catch (SQLException | CarveException ex) {
				last = (ex instanceof SQLException sql) ? sql : new SQLException(ex.getMessage(), ex);
				TimeUnit.MILLISECONDS.sleep(200L * attempt);
			}
		}
		throw CarveException.failed("the target app serves " + this.module + " but the source app could not be made"
				+ " dormant (" + last.getMessage() + "); it stays fenced, so its writes of " + this.module
				+ " wait and are refused: make it dormant with POST /actuator/modules/" + this.module
				+ " {\"route\":\"dormant\"}", last);
	}

	private void undoTarget(AppRoute target, Reporter reporter) {
		try {
			target.changeOnNewConnection("dormant", this.maxFence);
		}
		catch (SQLException | CarveException ex) {
			reporter.say("could not make the target app dormant again: " + ex.getMessage());
		}
	}

}
