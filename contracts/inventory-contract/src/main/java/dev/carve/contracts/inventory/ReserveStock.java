package dev.carve.contracts.inventory;

import java.util.List;
import java.util.UUID;

/**
 * A request to reserve stock for an order.
 *
 * @param orderId the order the reservation belongs to; the reservation's key
 * @param lines the SKUs and quantities, not empty
 */
public record ReserveStock(UUID orderId, List<StockLine> lines) {

	public ReserveStock {
		lines = List.copyOf(lines);
		if (lines.isEmpty()) {
			throw new IllegalArgumentException("lines must not be empty");
		}
	}

}
