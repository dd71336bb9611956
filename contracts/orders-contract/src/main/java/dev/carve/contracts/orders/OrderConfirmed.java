package dev.carve.contracts.orders;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.carve.api.DomainEvent;
import dev.carve.kernel.Money;

/**
 * An order was confirmed: its stock is reserved and its payment authorized. Inventory
 * commits the reservation, payments captures the payment. Keyed by order id.
 *
 * @param eventId unique id of this occurrence
 * @param orderId the order
 * @param customerId who placed it
 * @param paymentId the authorized payment
 * @param lines what was ordered
 * @param total what it costs
 * @param occurredAt when it was confirmed
 */
public record OrderConfirmed(UUID eventId, UUID orderId, UUID customerId, UUID paymentId, List<OrderedLine> lines,
		Money total, Instant occurredAt) implements DomainEvent {

	public OrderConfirmed {
		lines = List.copyOf(lines);
	}

	@Override
	public String aggregateKey() {
		return this.orderId.toString();
	}

}
