package dev.carve.shop.inventory.internal;

/**
 * The stock of one SKU.
 *
 * @param sku the SKU
 * @param onHand units in the warehouse, reserved ones included
 * @param reserved units held by reservations, never more than on hand
 * @param lowStockThreshold available units at or below which stock is low
 */
public record StockLevel(String sku, int onHand, int reserved, int lowStockThreshold) {

	/** Units that can still be reserved: on hand minus reserved, never negative. */
	public int available() {
		return this.onHand - this.reserved;
	}

}
