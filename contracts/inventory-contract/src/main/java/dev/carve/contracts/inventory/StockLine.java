package dev.carve.contracts.inventory;

/**
 * A quantity of one SKU.
 *
 * @param sku the SKU
 * @param quantity how many units, at least one
 */
public record StockLine(String sku, int quantity) {

	public StockLine {
		if (quantity < 1) {
			throw new IllegalArgumentException("quantity must be at least 1");
		}
	}

}
