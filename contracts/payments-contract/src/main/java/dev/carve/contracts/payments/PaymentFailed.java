package dev.carve.contracts.payments;

import java.time.Instant;
import java.util.UUID;

import dev.carve.api.DomainEvent;

/**
 * A payment could not be authorized or captured. Keyed by order id.
 *
 * @param eventId unique id of this occurrence
 * @param paymentId the payment
 * @param orderId the order it was for
 * @param reason why it failed
 * @param occurredAt when it failed
 */
public record PaymentFailed(UUID eventId, UUID paymentId, UUID orderId, String reason,
		Instant occurredAt) implements DomainEvent {

	@Override
	public String aggregateKey() {
		return this.orderId.toString();
	}

}
