package dev.carve.contracts.orders;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.carve.api.DomainEvent;
import dev.carve.kernel.Money;

/**
 * A customer placed an order. Keyed by order id.
 *
 * @param eventId unique id of this occurrence
 * @param orderId the order
 * @param customerId who placed it
 * @param lines what was ordered
 * @param total what it costs
 * @param occurredAt when it was placed
 */
public record OrderPlaced(UUID eventId, UUID orderId, UUID customerId, List<OrderedLine> lines, Money total,
		Instant occurredAt) implements DomainEvent {

	public OrderPlaced {
		lines = List.copyOf(lines);
	}

	@Override
	public String aggregateKey() {
		return this.orderId.toString();
	}

}
