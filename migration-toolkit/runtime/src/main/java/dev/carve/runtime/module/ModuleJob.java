package dev.carve.runtime.module;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;

/**
 * A module's periodic job (expiring reservations, finishing orders, cleaning up tokens):
 * a round run on a daemon thread of its own, with a fixed delay between the end of one
 * round and the start of the next, so that a module needs no application-wide scheduling.
 * A round runs only while the module serves here ({@link RouteLookup#servesHere}): while
 * it is fenced no round starts, and while it is dormant in this process the process that
 * serves it runs its jobs. A round that throws is logged and the next one runs as
 * planned. Started with the application context and stopped (the running round
 * interrupted, waited for up to ten seconds) before the beans it uses, the connection
 * pool and the database are. A module's component extends it and says what a round does.
 */
public abstract class ModuleJob implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(ModuleJob.class);

	private final String module;

	private final String name;

	private final Duration interval;

	private RouteLookup routes = RouteLookup.alwaysServing();

	private volatile @Nullable ScheduledExecutorService executor;

	/**
	 * Creates a job.
	 * @param module the module whose job it is
	 * @param name the job's name, also its thread's name, such as {@code orders-recovery}
	 * @param interval the delay between rounds, positive; also the delay before the first
	 */
	protected ModuleJob(String module, String name, Duration interval) {
		if (!interval.isPositive()) {
			throw new IllegalArgumentException("The interval of job " + name + " must be positive");
		}
		this.module = module;
		this.name = name;
		this.interval = interval;
	}

	/**
	 * Where the job reads its module's route; every route is {@code serving} without it.
	 * @param routes the routes of this process, if it keeps any
	 */
	@Autowired
	void setRoutes(ObjectProvider<RouteLookup> routes) {
		this.routes = routes.getIfAvailable(RouteLookup::alwaysServing);
	}

	/** One round of the job. */
	protected abstract void round();

	private void runRound() {
		try {
			if (this.routes.servesHere(this.module)) {
				round();
			}
		}
		catch (RuntimeException ex) {
			if (isRunning()) {
				logger.warn("A round of job " + this.name + " failed; the next one runs in " + this.interval, ex);
			}
		}
	}

	@Override
	public void start() {
		ScheduledExecutorService started = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().name(this.name).daemon().factory());
		long millis = this.interval.toMillis();
		started.scheduleWithFixedDelay(this::runRound, millis, millis, TimeUnit.MILLISECONDS);
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

	/**
	 * Whether the job is started and not stopped; a long round checks it to end early.
	 */
	@Override
	public boolean isRunning() {
		return this.executor != null;
	}

}
