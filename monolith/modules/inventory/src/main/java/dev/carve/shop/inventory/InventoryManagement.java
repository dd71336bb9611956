package dev.carve.shop.inventory;

import java.util.UUID;

import dev.carve.contracts.inventory.InventoryGateway;
import dev.carve.contracts.inventory.Reservation;
import dev.carve.contracts.inventory.ReserveStock;
import dev.carve.shop.inventory.internal.StockKeeping;

import org.springframework.stereotype.Service;

/**
 * The in-process {@link InventoryGateway}: reserves from the inventory module's own
 * stock.
 */
@Service
class InventoryManagement implements InventoryGateway {

	private final StockKeeping stock;

	InventoryManagement(StockKeeping stock) {
		this.stock = stock;
	}

	@Override
	public Reservation reserve(ReserveStock request) {
		return this.stock.reserve(request);
	}

	@Override
	public void release(UUID orderId) {
		this.stock.release(orderId);
	}

	@Override
	public void commit(UUID orderId) {
		this.stock.commit(orderId);
	}

}
