package dev.carve.runtime.events;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of event delivery, under {@code carve.events}.
 *
 * @param relay how the outbox relay runs
 */
@ConfigurationProperties("carve.events")
public record EventsProperties(@DefaultValue Relay relay) {

	/**
	 * The outbox relay.
	 *
	 * @param enabled whether this process relays its modules' outboxes
	 * @param pollInterval how long the relay sleeps when it found nothing to deliver (a
	 * commit wakes it at once)
	 * @param batchSize how many events one relay round takes per module
	 * @param initialBackoff how long the relay waits before retrying an event whose
	 * delivery failed for the first time; the wait doubles with every failure
	 * @param maxBackoff the longest wait between two retries of one event
	 * @param maxPause the longest the relay pauses while a transport is unavailable (a
	 * broker down); the pause starts at {@code initial-backoff} and doubles
	 * @param deliveryTimeout how long the relay waits for a transport to confirm one
	 * delivery before it takes the transport for unavailable
	 * @param retention how long sent events stay in the outbox before they are deleted
	 * @param maxAttempts how many failed deliveries park an event (the relay stops trying
	 * it and the later events of its key wait until an operator releases it); failures
	 * because something is out of reach (a broker, the database, another module) do not
	 * count, and an event a business rule refuses is parked at once
	 * @param inboxRetention how long the inbox remembers a processed event; must be
	 * longer than any event can be delivered again (the outbox's {@code retention} and
	 * the retention of the Kafka topics), or a late duplicate would take effect twice
	 * @param deleteBatchSize how many rows one retention delete removes; retention
	 * deletes batch after batch, each in its own short transaction
	 */
	public record Relay(@DefaultValue("true") boolean enabled, @DefaultValue("500ms") Duration pollInterval,
			@DefaultValue("100") int batchSize, @DefaultValue("1s") Duration initialBackoff,
			@DefaultValue("5m") Duration maxBackoff, @DefaultValue("10s") Duration maxPause,
			@DefaultValue("30s") Duration deliveryTimeout, @DefaultValue("7d") Duration retention,
			@DefaultValue("20") int maxAttempts, @DefaultValue("30d") Duration inboxRetention,
			@DefaultValue("1000") int deleteBatchSize) {
	}

}
