package dev.carve.runtime.events;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.IntUnaryOperator;

import dev.carve.runtime.module.RouteLookup;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the events in the outboxes of this process's modules through every
 * {@link EventTransport}, then marks them sent.
 *
 * <p>
 * Safe with several instances on one database, and order per aggregate key is kept: see
 * {@link OutboxTable} for which rows a relay claims and {@link OutboxBatch} for how a
 * claimed batch is delivered. When a transport is unavailable (a broker down) the relay
 * stops the round, keeps every event and pauses, doubling the pause up to
 * {@code max-pause} while the outage lasts. Nothing ends the relay but {@link #stop()}: a
 * round that throws anything (the database gone, an {@code Error}) is logged, and the
 * relay pauses and goes on; {@link #liveness()} says whether it is still working. Once an
 * hour it deletes sent events and processed inbox entries past their retention, in
 * batches. Only the outboxes of modules that serve here are touched
 * ({@link RouteLookup#servesHere}): a fenced module's events wait in its outbox until it
 * serves again here or, dormant, travel with its tables to the process that serves it.
 */
public class OutboxRelay implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(OutboxRelay.class);

	private final List<OutboxTable> outboxes;

	private final RouteLookup routes;

	private final OutboxBatch batches;

	private final TransactionTemplate transactions;

	private final EventsProperties.Relay settings;

	private final Semaphore wakeUp = new Semaphore(0);

	private volatile boolean running;

	private volatile @Nullable Thread worker;

	private volatile @Nullable Instant lastRound;

	OutboxRelay(List<OutboxTable> outboxes, List<EventTransport> transports, EventSerializer serializer,
			PlatformTransactionManager transactionManager, EventsProperties.Relay settings, OutboxMetrics metrics,
			RouteLookup routes) {
		this.outboxes = List.copyOf(outboxes);
		this.routes = routes;
		this.batches = new OutboxBatch(transports, serializer, settings, metrics);
		this.transactions = new TransactionTemplate(transactionManager);
		this.settings = settings;
	}

	/** Asks the relay to look at the outboxes now rather than at its next poll. */
	public void wakeUp() {
		this.wakeUp.release();
	}

	/**
	 * Runs one round over every module's outbox.
	 * @return how many events were delivered and marked sent
	 */
	public int relayOnce() {
		return round().delivered();
	}

	private Round round() {
		Round total = new Round(0, false);
		for (OutboxTable outbox : this.outboxes) {
			if (!this.routes.servesHere(outbox.module().name())) {
				continue;
			}
			OutboxBatch.Result batch = this.transactions.execute((status) -> this.batches.deliver(outbox));
			total = total.plus(new Round(batch.delivered(), batch.unavailable()));
			if (total.unavailable()) {
				break;
			}
		}
		return total;
	}

	/**
	 * Deletes, batch after batch, the sent events and the processed inbox entries that
	 * are past their retention.
	 * @return how many rows were deleted
	 */
	public int deleteExpired() {
		Instant now = Instant.now();
		int deleted = 0;
		for (OutboxTable outbox : this.outboxes) {
			if (!this.routes.servesHere(outbox.module().name())) {
				continue;
			}
			deleted += inBatches((limit) -> outbox.deleteSentBefore(now.minus(this.settings.retention()), limit));
			deleted += inBatches(
					(limit) -> outbox.deleteProcessedBefore(now.minus(this.settings.inboxRetention()), limit));
		}
		return deleted;
	}

	private int inBatches(IntUnaryOperator deleteBatch) {
		int limit = Math.max(1, this.settings.deleteBatchSize());
		int total = 0;
		int deleted;
		do {
			deleted = deleteBatch.applyAsInt(limit);
			total += deleted;
		}
		while (deleted == limit && this.running);
		return total;
	}

	/** Whether the relay's thread runs, and when it last finished a round. */
	public Liveness liveness() {
		Thread thread = this.worker;
		return new Liveness(this.running, thread != null && thread.isAlive(), this.lastRound);
	}

	@Override
	public void start() {
		this.running = true;
		this.worker = Thread.ofPlatform().name("carve-outbox-relay").daemon().start(this::loop);
	}

	private void loop() {
		Instant nextCleanup = Instant.now();
		int outageRounds = 0;
		while (this.running) {
			try {
				if (Instant.now().isAfter(nextCleanup)) {
					deleteExpired();
					nextCleanup = Instant.now().plus(Duration.ofHours(1));
				}
				Round round = round();
				this.lastRound = Instant.now();
				outageRounds = round.unavailable() ? outageRounds + 1 : 0;
				waitAfter(round, outageRounds);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (Throwable ex) {
				roundFailed(ex);
			}
		}
	}

	private void waitAfter(Round round, int outageRounds) throws InterruptedException {
		if (round.unavailable()) {
			pause(OutboxBatch.doubled(this.settings.initialBackoff(), outageRounds, this.settings.maxPause()));
		}
		else if (round.delivered() == 0) {
			this.wakeUp.tryAcquire(this.settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
			this.wakeUp.drainPermits();
		}
	}

	/** A round that failed as a whole; a stop that cut it short is no failure. */
	private void roundFailed(Throwable failure) {
		if (!this.running) {
			return;
		}
		if (EventFailures.of(failure) == EventFailures.TRANSIENT) {
			logger.warn("Outbox relay round failed, retrying in " + this.settings.maxPause() + ": " + failure);
		}
		else {
			logger.error("Outbox relay round failed, retrying in " + this.settings.maxPause(), failure);
		}
		pause(this.settings.maxPause());
	}

	/** Waits without being woken by commits; only {@link #stop()} ends a pause early. */
	private void pause(Duration duration) {
		Instant until = Instant.now().plus(duration);
		while (this.running && Instant.now().isBefore(until)) {
			try {
				Thread.sleep(Math.min(100, Math.max(1, Duration.between(Instant.now(), until).toMillis())));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				this.running = false;
			}
		}
		this.wakeUp.drainPermits();
	}

	@Override
	public void stop() {
		this.running = false;
		Thread thread = this.worker;
		if (thread != null) {
			this.wakeUp.release();
			try {
				thread.join(this.settings.deliveryTimeout().plusSeconds(5));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			logger.info(thread.isAlive() ? "Outbox relay still finishing its round after the stop"
					: "Outbox relay stopped");
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		// Stop before the web server and data source go, start after them.
		return SmartLifecycle.DEFAULT_PHASE - 1024;
	}

	/**
	 * The relay's state for health checks.
	 *
	 * @param running whether the relay was started and not stopped
	 * @param threadAlive whether its thread runs
	 * @param lastRound when it last finished a round, {@code null} before the first
	 */
	public record Liveness(boolean running, boolean threadAlive, @Nullable Instant lastRound) {

		/** Whether a started relay is still working. */
		public boolean alive() {
			return this.running && this.threadAlive;
		}

	}

	private record Round(int delivered, boolean unavailable) {

		Round plus(Round other) {
			return new Round(this.delivered + other.delivered, this.unavailable || other.unavailable);
		}

	}

}
