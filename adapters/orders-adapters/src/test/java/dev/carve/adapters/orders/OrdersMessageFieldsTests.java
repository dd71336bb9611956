package dev.carve.adapters.orders;

import dev.carve.adapters.testkit.MessageFieldsMatch;
import org.junit.jupiter.api.Test;

/**
 * Every record the orders adapters map to a protobuf message carries the same fields as
 * the message, so that a field added on one side only fails here instead of being lost on
 * the wire.
 */
class OrdersMessageFieldsTests {

	@Test
	void orderPlaced() {
		MessageFieldsMatch.assertMatch(dev.carve.contracts.orders.OrderPlaced.class,
				dev.carve.contracts.orders.v1.OrderPlaced.getDescriptor());
	}

	@Test
	void orderConfirmed() {
		MessageFieldsMatch.assertMatch(dev.carve.contracts.orders.OrderConfirmed.class,
				dev.carve.contracts.orders.v1.OrderConfirmed.getDescriptor());
	}

	@Test
	void orderCancelled() {
		MessageFieldsMatch.assertMatch(dev.carve.contracts.orders.OrderCancelled.class,
				dev.carve.contracts.orders.v1.OrderCancelled.getDescriptor());
	}

	@Test
	void orderStatusView() {
		MessageFieldsMatch.assertMatch(dev.carve.contracts.orders.OrderStatusView.class,
				dev.carve.contracts.orders.v1.OrderStatusView.getDescriptor());
	}

	@Test
	void orderedLine() {
		MessageFieldsMatch.assertMatch(dev.carve.contracts.orders.OrderedLine.class,
				dev.carve.contracts.orders.v1.OrderedLine.getDescriptor());
	}

	@Test
	void money() {
		MessageFieldsMatch.assertMatch(dev.carve.kernel.Money.class,
				dev.carve.contracts.orders.v1.Money.getDescriptor(), "amount=amount_minor");
	}

}
