package dev.carve.contracts.inventory;

import java.time.Instant;
import java.util.UUID;

import dev.carve.api.DomainEvent;

/**
 * A SKU's available stock fell to or below its low-stock threshold. Keyed by SKU.
 *
 * @param eventId unique id of this occurrence
 * @param sku the SKU
 * @param available units available after the change
 * @param threshold the threshold that was crossed
 * @param occurredAt when it happened
 */
public record StockLow(UUID eventId, String sku, int available, int threshold,
		Instant occurredAt) implements DomainEvent {

	@Override
	public String aggregateKey() {
		return this.sku;
	}

}
