package dev.carve.adapters.orders;

import java.util.List;

import dev.carve.adapters.testkit.MessageFieldsSuite;

/**
 * The records the orders adapters map to protobuf messages carry the messages' fields
 * ({@link MessageFieldsSuite}).
 */
class OrdersMessageFieldsTests extends MessageFieldsSuite {

	@Override
	protected List<Pair> pairs() {
		return List.of(
				pair(dev.carve.contracts.orders.OrderPlaced.class,
						dev.carve.contracts.orders.v1.OrderPlaced.getDescriptor()),
				pair(dev.carve.contracts.orders.OrderConfirmed.class,
						dev.carve.contracts.orders.v1.OrderConfirmed.getDescriptor()),
				pair(dev.carve.contracts.orders.OrderCancelled.class,
						dev.carve.contracts.orders.v1.OrderCancelled.getDescriptor()),
				pair(dev.carve.contracts.orders.OrderStatusView.class,
						dev.carve.contracts.orders.v1.OrderStatusView.getDescriptor()),
				pair(dev.carve.contracts.orders.OrderedLine.class,
						dev.carve.contracts.orders.v1.OrderedLine.getDescriptor()),
				pair(dev.carve.kernel.Money.class, dev.carve.contracts.orders.v1.Money.getDescriptor(),
						"amount=amount_minor"));
	}

}
