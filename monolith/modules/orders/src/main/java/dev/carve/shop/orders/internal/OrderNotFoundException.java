package dev.carve.shop.orders.internal;

import java.util.Map;
import java.util.UUID;

import dev.carve.api.NotFoundException;

/**
 * No order with the given id belongs to the caller. Another customer's order is reported
 * the same way, so that its existence does not leak. Maps to 404, problem type
 * {@code order-not-found}.
 */
class OrderNotFoundException extends NotFoundException {

	OrderNotFoundException(UUID orderId) {
		super("order-not-found", "No order " + orderId, Map.of("orderId", orderId.toString()));
	}

}
