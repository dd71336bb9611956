package dev.carve.runtime.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An outbox event the relay stopped trying; the later events of its key wait behind it.
 *
 * @param module the module whose outbox holds it
 * @param eventId the event's id, which releases it
 * @param eventType the event's class name
 * @param aggregateKey the key whose later events wait
 * @param attempts how many deliveries failed
 * @param parkedAt when it was parked
 * @param reason the failure that made the relay park it
 */
public record ParkedEvent(String module, UUID eventId, String eventType, String aggregateKey, int attempts,
		Instant parkedAt, String reason) {
}
