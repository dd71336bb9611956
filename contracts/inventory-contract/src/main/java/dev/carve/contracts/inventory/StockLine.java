package dev.carve.contracts.inventory;

import dev.carve.api.InvalidValueException;
import dev.carve.kernel.Sku;

/**
 * A quantity of one SKU.
 *
 * @param sku the SKU, as {@link Sku#PATTERN} describes
 * @param quantity how many units, at least one
 */
public record StockLine(String sku, int quantity) {

	public StockLine {
		Sku.require(sku, "sku");
		if (quantity < 1) {
			throw new InvalidValueException("quantity", "must be at least 1");
		}
	}

}
