package dev.carve.shop.orders.internal;

import java.util.Map;
import java.util.UUID;

import dev.carve.api.DomainException;
import dev.carve.api.ErrorKind;
import dev.carve.contracts.orders.OrderStatus;

/**
 * Only a CONFIRMED order can be cancelled. Maps to 409, problem type
 * {@code order-not-cancellable}, with the order's {@code orderId} and current
 * {@code orderStatus}.
 */
class OrderNotCancellableException extends DomainException {

	OrderNotCancellableException(UUID orderId, OrderStatus status) {
		super(ErrorKind.CONFLICT, "order-not-cancellable",
				"Order " + orderId + " is " + status + "; only a CONFIRMED order can be cancelled",
				Map.of("orderId", orderId.toString(), "orderStatus", status.name()));
	}

}
