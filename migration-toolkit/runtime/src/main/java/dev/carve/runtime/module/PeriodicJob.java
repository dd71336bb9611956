package dev.carve.runtime.module;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.SmartLifecycle;

/**
 * A module's background job: {@link #runOnce()} every {@code interval}, on a platform
 * thread of its own, from the application's start to its stop, so that a module needs no
 * application-wide scheduling. A run that throws is logged as a warning (the next run
 * happens as planned). Stopping interrupts a run in progress and waits up to ten seconds
 * for it, before the connection pool and the database go.
 */
public abstract class PeriodicJob implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(PeriodicJob.class);

	private final String name;

	private final Duration interval;

	private volatile @Nullable ScheduledExecutorService executor;

	/**
	 * @param name the thread's name, which also names the job in the log
	 * @param interval the time between the end of one run and the start of the next, and
	 * before the first
	 */
	protected PeriodicJob(String name, Duration interval) {
		this.name = name;
		this.interval = interval;
	}

	/** One run of the job. */
	protected abstract void runOnce();

	private void run() {
		try {
			runOnce();
		}
		catch (RuntimeException ex) {
			if (isRunning()) {
				logger.warn(this.name + " failed; trying again in " + this.interval + ": " + ex);
			}
		}
	}

	@Override
	public void start() {
		ScheduledExecutorService started = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().name(this.name).daemon().factory());
		long millis = this.interval.toMillis();
		started.scheduleWithFixedDelay(this::run, millis, millis, TimeUnit.MILLISECONDS);
		this.executor = started;
	}

	@Override
	public void stop() {
		ScheduledExecutorService running = this.executor;
		this.executor = null;
		if (running != null) {
			running.shutdownNow();
			try {
				running.awaitTermination(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** Whether the job is started and not stopped; a long run checks it to end early. */
	@Override
	public boolean isRunning() {
		return this.executor != null;
	}

}
