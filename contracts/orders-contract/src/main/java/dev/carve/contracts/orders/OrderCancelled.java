package dev.carve.contracts.orders;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.carve.api.DomainEvent;

/**
 * A confirmed order was cancelled. Inventory returns its stock, payments refunds it.
 * Keyed by order id.
 *
 * @param eventId unique id of this occurrence
 * @param orderId the order
 * @param customerId who placed it
 * @param paymentId the order's payment, if one was authorized
 * @param lines what had been ordered
 * @param reason why it was cancelled
 * @param occurredAt when it was cancelled
 */
public record OrderCancelled(UUID eventId, UUID orderId, UUID customerId, @Nullable UUID paymentId,
		List<OrderedLine> lines, String reason, Instant occurredAt) implements DomainEvent {

	public OrderCancelled {
		lines = List.copyOf(lines);
	}

	@Override
	public String aggregateKey() {
		return this.orderId.toString();
	}

}
