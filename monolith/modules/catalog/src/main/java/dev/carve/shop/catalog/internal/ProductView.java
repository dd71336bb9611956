package dev.carve.shop.catalog.internal;

import java.time.Instant;

import dev.carve.kernel.Money;

/**
 * A product as the API shows it.
 *
 * @param sku its SKU
 * @param name its name
 * @param price its unit price
 * @param active whether it is on sale
 * @param createdAt when it was added
 * @param updatedAt when it last changed
 */
record ProductView(String sku, String name, Money price, boolean active, Instant createdAt, Instant updatedAt) {

	static ProductView of(Product product) {
		return new ProductView(product.sku(), product.name(), product.price(), product.active(), product.createdAt(),
				product.updatedAt());
	}

}
