package dev.carve.adapters.inventory;

import java.util.List;

import dev.carve.adapters.testkit.MessageFieldsSuite;

/**
 * The records the inventory adapters map to protobuf messages carry the messages' fields
 * ({@link MessageFieldsSuite}).
 */
class InventoryMessageFieldsTests extends MessageFieldsSuite {

	@Override
	protected List<Pair> pairs() {
		return List.of(
				pair(dev.carve.contracts.inventory.StockReserved.class,
						dev.carve.contracts.inventory.v1.StockReserved.getDescriptor()),
				pair(dev.carve.contracts.inventory.StockLow.class,
						dev.carve.contracts.inventory.v1.StockLow.getDescriptor()),
				pair(dev.carve.contracts.inventory.ReserveStock.class,
						dev.carve.contracts.inventory.v1.ReserveRequest.getDescriptor()),
				pair(dev.carve.contracts.inventory.Reservation.class,
						dev.carve.contracts.inventory.v1.Reservation.getDescriptor()),
				pair(dev.carve.contracts.inventory.StockLine.class,
						dev.carve.contracts.inventory.v1.StockLine.getDescriptor()));
	}

}
