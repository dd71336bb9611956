package dev.carve.cli;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * Reports a running move's progress at a fixed rate, read the way {@code carve status}
 * reads it ({@link MoveStatus}), on a thread of its own with connections of its own,
 * opened by its first reading so that the move does not wait for them. A reading that
 * fails (or cannot connect) is skipped: progress is a view, and the move does not depend
 * on it.
 */
final class MoveProgress implements AutoCloseable {

	private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread daemon = new Thread(task, "carve-progress");
		daemon.setDaemon(true);
		return daemon;
	});

	private final Reporter reporter;

	private final long millis;

	private @Nullable Database sourceDatabase;

	private @Nullable Database targetDatabase;

	private @Nullable Connection source;

	private @Nullable Connection target;

	private @Nullable SchemaFacts facts;

	private @Nullable MoveStatus previous;

	/**
	 * @param reporter where progress goes
	 * @param every how often: every half second when the reporter draws live, else this
	 */
	MoveProgress(Reporter reporter, Duration every) {
		this.reporter = reporter;
		this.millis = reporter.live() ? 500 : Math.max(every.toMillis(), 100);
	}

	/**
	 * Starts reporting the move of the module whose schema is {@code facts}. Returns at
	 * once: the first reading connects to both databases, on the reporting thread.
	 */
	synchronized void start(Database source, Database target, SchemaFacts facts) {
		this.sourceDatabase = source;
		this.targetDatabase = target;
		this.facts = facts;
		this.thread.scheduleAtFixedRate(this::report, this.millis, this.millis, TimeUnit.MILLISECONDS);
	}

	private synchronized void report() {
		if (this.sourceDatabase == null || this.targetDatabase == null || this.facts == null) {
			return;
		}
		try {
			if (this.source == null) {
				this.source = this.sourceDatabase.connect();
			}
			if (this.target == null) {
				this.target = this.targetDatabase.connect();
			}
			MoveStatus status = MoveStatus.read(this.source, this.target, this.facts);
			MoveStatus.Throughput throughput = (this.previous != null)
					? MoveStatus.Throughput.between(this.previous, status) : MoveStatus.Throughput.NONE;
			this.previous = status;
			this.reporter.progress(status, throughput);
		}
		catch (SQLException | RuntimeException ex) {
			// Skipped: the next reading may succeed, and the move goes on either way.
		}
	}

	/**
	 * Stops reporting; nothing is reported after it returns. Closing again does nothing.
	 */
	@Override
	public void close() throws SQLException, InterruptedException {
		this.thread.shutdownNow();
		this.thread.awaitTermination(5, TimeUnit.SECONDS);
		synchronized (this) {
			if (this.source != null) {
				this.source.close();
				this.source = null;
			}
			if (this.target != null) {
				this.target.close();
				this.target = null;
			}
		}
	}

}
