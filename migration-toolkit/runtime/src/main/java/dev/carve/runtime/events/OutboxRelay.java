package dev.carve.runtime.events;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import dev.carve.runtime.module.RouteLookup;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

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
 * {@code max-pause} while the outage lasts. The outbox of a module that is dormant here
 * is left to the process that serves it.
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

	private volatile Thread worker;

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
			if (!this.routes.runsHere(outbox.module().name())) {
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
	 * Deletes sent events older than the retention period.
	 * @return how many rows were deleted
	 */
	public int deleteSentBefore(Instant cutoff) {
		return this.outboxes.stream().mapToInt((outbox) -> outbox.deleteSentBefore(cutoff)).sum();
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
					deleteSentBefore(Instant.now().minus(this.settings.retention()));
					nextCleanup = Instant.now().plus(Duration.ofHours(1));
				}
				Round round = round();
				if (round.unavailable()) {
					outageRounds++;
					pause(OutboxBatch.doubled(this.settings.initialBackoff(), outageRounds, this.settings.maxPause()));
				}
				else {
					outageRounds = 0;
					if (round.delivered() == 0) {
						this.wakeUp.tryAcquire(this.settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
						this.wakeUp.drainPermits();
					}
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				logger.warn("Outbox relay round failed; retrying", ex);
				pause(this.settings.pollInterval());
			}
		}
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

	private record Round(int delivered, boolean unavailable) {

		Round plus(Round other) {
			return new Round(this.delivered + other.delivered, this.unavailable || other.unavailable);
		}

	}

}
