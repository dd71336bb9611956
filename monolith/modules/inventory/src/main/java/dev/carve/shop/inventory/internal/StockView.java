package dev.carve.shop.inventory.internal;

/**
 * The stock of a SKU as the API shows it.
 *
 * @param sku the SKU
 * @param onHand units in the warehouse, reserved ones included
 * @param reserved units held for orders
 * @param available units that can still be reserved
 */
record StockView(String sku, int onHand, int reserved, int available) {

	static StockView of(StockLevel stock) {
		return new StockView(stock.sku(), stock.onHand(), stock.reserved(), stock.available());
	}

}
