package dev.carve.contracts.payments;

import java.time.Instant;
import java.util.UUID;

import dev.carve.api.DomainEvent;
import dev.carve.kernel.Money;

/**
 * A payment was captured: the money moved. Keyed by order id.
 *
 * @param eventId unique id of this occurrence
 * @param paymentId the payment
 * @param orderId the order it pays for
 * @param amount the amount captured
 * @param occurredAt when it was captured
 */
public record PaymentCaptured(UUID eventId, UUID paymentId, UUID orderId, Money amount,
		Instant occurredAt) implements DomainEvent {

	@Override
	public String aggregateKey() {
		return this.orderId.toString();
	}

}
