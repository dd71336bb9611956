package dev.carve.runtime.events;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One event as stored in a module's outbox table.
 *
 * @param id the row's position in the outbox
 * @param module the module whose outbox holds it
 * @param eventId the event's id
 * @param eventType the event's class name
 * @param aggregateKey the key order is kept by
 * @param payload the event as JSON
 * @param occurredAt when the event happened
 * @param attempts how many deliveries were tried so far
 * @param traceParent the W3C {@code traceparent} of the transaction that published the
 * event, if it ran in a trace
 */
public record OutboxRecord(long id, String module, UUID eventId, String eventType, String aggregateKey, String payload,
		Instant occurredAt, int attempts, @Nullable String traceParent) {
}
