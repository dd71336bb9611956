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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.carve.api.DomainEvent;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Delivers one claimed batch of an outbox through every {@link EventTransport}, in waves:
 * the first event of every key at once, a key's next event only after its previous one
 * was delivered, so a failure never leaves a later event of its key delivered before an
 * earlier one. A failed event holds back the events behind it on its key and is retried
 * with exponential backoff; a transport that is unavailable ends the batch. An event is
 * parked (with an error log and the {@code carve.outbox.parked} gauge) after
 * {@code max-attempts} counted failures, or at once when a business rule refuses it; see
 * {@link EventFailures}.
 */
final class OutboxBatch {

	private static final Log logger = LogFactory.getLog(OutboxRelay.class);

	private final List<EventTransport> transports;

	private final EventSerializer serializer;

	private final EventsProperties.Relay settings;

	private final OutboxMetrics metrics;

	OutboxBatch(List<EventTransport> transports, EventSerializer serializer, EventsProperties.Relay settings,
			OutboxMetrics metrics) {
		this.transports = List.copyOf(transports);
		this.serializer = serializer;
		this.settings = settings;
		this.metrics = metrics;
	}

	/**
	 * Claims a batch of the outbox and delivers it; must run in the transaction that
	 * holds the claim.
	 */
	Result deliver(OutboxTable outbox) {
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
		return new Result(sent.size(), unavailable);
	}

	private Delivery start(OutboxRecord record) {
		try {
			DomainEvent event = this.serializer.fromJson(record.eventType(), record.payload());
			CompletableFuture<?>[] deliveries = this.transports.stream()
				.map((transport) -> transport.deliver(record, event))
				.toArray(CompletableFuture[]::new);
			return new Delivery(record, CompletableFuture.allOf(deliveries));
		}
		catch (Throwable ex) {
			// Whatever a codec or transport throws is this event's failure, not the
			// relay's.
			return new Delivery(record, CompletableFuture.failedFuture(ex));
		}
	}

	private @Nullable Throwable await(CompletableFuture<?> completion) {
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
		this.metrics.failed(record.module(), outage);
		if (outage) {
			logger.warn("Cannot deliver events from the " + record.module() + " outbox now, pausing: " + failure);
			outbox.markFailed(record.id(), failure, null, false);
			return;
		}
		EventFailures kind = EventFailures.of(failure);
		int attempt = record.attempts() + 1;
		if (kind == EventFailures.POISON || (kind == EventFailures.UNKNOWN && attempt >= this.settings.maxAttempts())) {
			logger.error("Parked " + describe(record) + " after " + attempt + " failed attempts; the later events of"
					+ " key " + record.aggregateKey() + " wait until it is released", failure);
			outbox.park(record.id(), failure);
			return;
		}
		Duration backoff = (kind == EventFailures.TRANSIENT) ? this.settings.maxPause() : backoff(attempt);
		logger.warn("Delivery of " + describe(record) + " failed ("
				+ ((kind == EventFailures.TRANSIENT) ? "something it needs is out of reach"
						: "attempt " + attempt + " of " + this.settings.maxAttempts())
				+ "), retrying in " + backoff, failure);
		outbox.markFailed(record.id(), failure, Instant.now().plus(backoff), kind != EventFailures.TRANSIENT);
	}

	private static String describe(OutboxRecord record) {
		return record.eventType() + " " + record.eventId() + " from the " + record.module() + " outbox";
	}

	private Duration backoff(int failures) {
		return doubled(this.settings.initialBackoff(), failures, this.settings.maxBackoff());
	}

	/** {@code initial} doubled {@code times - 1} times, at most {@code max}. */
	static Duration doubled(Duration initial, int times, Duration max) {
		Duration wait = initial.multipliedBy(1L << Math.min(Math.max(times - 1, 0), 30));
		return (wait.compareTo(max) > 0) ? max : wait;
	}

	/**
	 * @param delivered how many events were delivered and marked sent
	 * @param unavailable whether a transport was unavailable
	 */
	record Result(int delivered, boolean unavailable) {
	}

	private record Delivery(OutboxRecord record, CompletableFuture<?> completion) {
	}

}
