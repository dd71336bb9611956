package dev.carve.runtime.events;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.carve.kernel.DomainEvent;
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
 * {@link OutboxTable} for which rows a relay claims. Within a claimed batch, the first
 * event of every key is delivered at once (a wave), and a key's next event only after its
 * previous one was delivered, so a failure never leaves a later event of its key
 * delivered before an earlier one. A failed event holds back the events behind it on its
 * key and is retried with exponential backoff. When a transport is unavailable (a broker
 * down) the relay stops the round, keeps every event and pauses, doubling the pause up to
 * {@code max-pause} while the outage lasts.
 */
public class OutboxRelay implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(OutboxRelay.class);

	private final List<OutboxTable> outboxes;

	private final List<EventTransport> transports;

	private final EventSerializer serializer;

	private final TransactionTemplate transactions;

	private final EventsProperties.Relay settings;

	private final OutboxMetrics metrics;

	private final Semaphore wakeUp = new Semaphore(0);

	private volatile boolean running;

	private volatile Thread worker;

	OutboxRelay(List<OutboxTable> outboxes, List<EventTransport> transports, EventSerializer serializer,
			PlatformTransactionManager transactionManager, EventsProperties.Relay settings, OutboxMetrics metrics) {
		this.outboxes = List.copyOf(outboxes);
		this.transports = List.copyOf(transports);
		this.serializer = serializer;
		this.transactions = new TransactionTemplate(transactionManager);
		this.settings = settings;
		this.metrics = metrics;
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
			Round round = this.transactions.execute((status) -> relayBatch(outbox));
			total = total.plus(round);
			if (total.unavailable()) {
				break;
			}
		}
		return total;
	}

	private Round relayBatch(OutboxTable outbox) {
		Map<String, ArrayDeque<OutboxRecord>> byKey = new LinkedHashMap<>();
		for (OutboxRecord record : outbox.claim(this.settings.batchSize())) {
			byKey.computeIfAbsent(record.aggregateKey(), (key) -> new ArrayDeque<>()).add(record);
		}
		List<Long> sent = new ArrayList<>();
		boolean unavailable = false;
		while (!byKey.isEmpty() && !unavailable) {
			List<Delivery> wave = byKey.values().stream().map((queue) -> start(queue.poll())).toList();
			for (Delivery delivery : wave) {
				Throwable failure = await(delivery.completion());
				OutboxRecord record = delivery.record();
				if (failure == null) {
					sent.add(record.id());
					continue;
				}
				byKey.remove(record.aggregateKey());
				boolean outage = failure instanceof TransportUnavailableException;
				unavailable |= outage;
				recordFailure(outbox, record, failure, outage);
			}
			byKey.values().removeIf(ArrayDeque::isEmpty);
		}
		if (!sent.isEmpty()) {
			outbox.markSent(sent);
			this.metrics.published(outbox.module().name(), sent.size());
		}
		return new Round(sent.size(), unavailable);
	}

	private Delivery start(OutboxRecord record) {
		try {
			DomainEvent event = this.serializer.fromJson(record.eventType(), record.payload());
			CompletableFuture<?>[] deliveries = this.transports.stream()
				.map((transport) -> transport.deliver(record, event))
				.toArray(CompletableFuture[]::new);
			return new Delivery(record, CompletableFuture.allOf(deliveries));
		}
		catch (RuntimeException ex) {
			return new Delivery(record, CompletableFuture.failedFuture(ex));
		}
	}

	private Throwable await(CompletableFuture<?> completion) {
		try {
			completion.get(this.settings.deliveryTimeout().toMillis(), TimeUnit.MILLISECONDS);
			return null;
		}
		catch (ExecutionException | CompletionException ex) {
			return unwrap(ex.getCause());
		}
		catch (TimeoutException ex) {
			return new TransportUnavailableException("No delivery confirmed within " + this.settings.deliveryTimeout(),
					ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new TransportUnavailableException("Interrupted while delivering", ex);
		}
	}

	private static Throwable unwrap(Throwable failure) {
		Throwable current = failure;
		while (current instanceof CompletionException && current.getCause() != null) {
			current = current.getCause();
		}
		return current;
	}

	private void recordFailure(OutboxTable outbox, OutboxRecord record, Throwable failure, boolean outage) {
		int attempt = record.attempts() + 1;
		this.metrics.failed(record.module(), outage);
		if (outage) {
			logger.warn("Cannot deliver events from the " + record.module() + " outbox now, pausing: " + failure);
			outbox.markFailed(record.id(), failure, null);
			return;
		}
		Duration backoff = backoff(attempt);
		logger.warn("Delivery of " + record.eventType() + " " + record.eventId() + " from the " + record.module()
				+ " outbox failed (attempt " + attempt + "), retrying in " + backoff, failure);
		outbox.markFailed(record.id(), failure, Instant.now().plus(backoff));
	}

	Duration backoff(int failures) {
		return doubled(this.settings.initialBackoff(), failures, this.settings.maxBackoff());
	}

	private static Duration doubled(Duration initial, int times, Duration max) {
		Duration wait = initial.multipliedBy(1L << Math.min(Math.max(times - 1, 0), 30));
		return (wait.compareTo(max) > 0) ? max : wait;
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
					pause(doubled(this.settings.initialBackoff(), outageRounds, this.settings.maxPause()));
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

	private record Delivery(OutboxRecord record, CompletableFuture<?> completion) {
	}

	private record Round(int delivered, boolean unavailable) {

		Round plus(Round other) {
			return new Round(this.delivered + other.delivered, this.unavailable || other.unavailable);
		}

	}

}
