package dev.carve.contracts.inventory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.carve.api.DomainEvent;

/**
 * Stock was reserved for an order. Keyed by order id.
 *
 * @param eventId unique id of this occurrence
 * @param orderId the order
 * @param lines what was reserved
 * @param occurredAt when it was reserved
 */
public record StockReserved(UUID eventId, UUID orderId, List<StockLine> lines,
		Instant occurredAt) implements DomainEvent {

	public StockReserved {
		lines = List.copyOf(lines);
	}

	@Override
	public String aggregateKey() {
		return this.orderId.toString();
	}

}
