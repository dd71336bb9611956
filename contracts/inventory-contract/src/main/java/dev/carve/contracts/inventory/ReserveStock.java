package dev.carve.contracts.inventory;

import java.util.List;
import java.util.UUID;

import dev.carve.api.InvalidValueException;
import dev.carve.kernel.Sku;

/**
 * A request to reserve stock for an order.
 *
 * @param orderId the order the reservation belongs to; the reservation's key
 * @param lines the SKUs and quantities, 1 to {@value Sku#MAX_PER_REQUEST} lines
 */
public record ReserveStock(UUID orderId, List<StockLine> lines) {

	public ReserveStock {
		InvalidValueException.present(orderId, "orderId");
		lines = List.copyOf(InvalidValueException.present(lines, "lines"));
		if (lines.isEmpty() || lines.size() > Sku.MAX_PER_REQUEST) {
			throw new InvalidValueException("lines", "must have 1 to " + Sku.MAX_PER_REQUEST + " lines");
		}
	}

}
