package dev.carve.shop.orders.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Where an order is in the placement saga, as the saga and its recovery sweep read it.
 *
 * @param order the order as its customer sees it
 * @param paymentId the payment recorded for it, once authorized
 * @param compensationDue whether it was rejected and other modules may still hold stock
 * or money for it
 */
record OrderProgress(OrderView order, @Nullable UUID paymentId, boolean compensationDue) {

	static OrderProgress of(Order order) {
		return new OrderProgress(OrderView.of(order), order.paymentId(), order.compensationDue());
	}

}
