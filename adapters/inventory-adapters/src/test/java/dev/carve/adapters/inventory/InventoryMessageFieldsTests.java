package dev.carve.adapters.inventory;

import dev.carve.adapters.testkit.MessageFieldsMatch;
import org.junit.jupiter.api.Test;

/**
 * Every record the inventory adapters map to a protobuf message carries the same fields
 * as the message, so that a field added on one side only fails here instead of being lost
 * on the wire.
 */
class InventoryMessageFieldsTests {

	@Test
	void stockReserved() {
		MessageFieldsMatch.assertMatch(dev.carve.contracts.inventory.StockReserved.class,
				dev.carve.contracts.inventory.v1.StockReserved.getDescriptor());
	}

	@Test
	void stockLow() {
		MessageFieldsMatch.assertMatch(dev.carve.contracts.inventory.StockLow.class,
				dev.carve.contracts.inventory.v1.StockLow.getDescriptor());
	}

	@Test
	void reserveStock() {
		MessageFieldsMatch.assertMatch(dev.carve.contracts.inventory.ReserveStock.class,
				dev.carve.contracts.inventory.v1.ReserveRequest.getDescriptor());
	}

	@Test
	void reservation() {
		MessageFieldsMatch.assertMatch(dev.carve.contracts.inventory.Reservation.class,
				dev.carve.contracts.inventory.v1.Reservation.getDescriptor());
	}

	@Test
	void stockLine() {
		MessageFieldsMatch.assertMatch(dev.carve.contracts.inventory.StockLine.class,
				dev.carve.contracts.inventory.v1.StockLine.getDescriptor());
	}

}
