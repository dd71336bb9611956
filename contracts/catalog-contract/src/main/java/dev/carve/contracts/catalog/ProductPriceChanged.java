package dev.carve.contracts.catalog;

import java.time.Instant;
import java.util.UUID;

import dev.carve.api.DomainEvent;
import dev.carve.kernel.Money;

/**
 * A product's price changed. Keyed by SKU.
 *
 * @param eventId unique id of this occurrence
 * @param sku the product's SKU
 * @param oldPrice the price before the change
 * @param newPrice the price after the change
 * @param occurredAt when the price changed
 */
public record ProductPriceChanged(UUID eventId, String sku, Money oldPrice, Money newPrice,
		Instant occurredAt) implements DomainEvent {

	@Override
	public String aggregateKey() {
		return this.sku;
	}

}
