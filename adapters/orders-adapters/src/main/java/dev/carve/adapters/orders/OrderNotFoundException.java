package dev.carve.adapters.orders;

import java.util.Map;

import dev.carve.api.NotFoundException;

/**
 * No order has the id asked for. Not an error of the contract, whose look-up answers
 * empty: it is how the HTTP endpoints say so ({@code 404 order-not-found}, the problem
 * type of the orders API), and the runtime's HTTP client turns it back into
 * {@code Optional.empty()}.
 */
final class OrderNotFoundException extends NotFoundException {

	static final String CODE = "order-not-found";

	OrderNotFoundException(String orderId) {
		super(CODE, "No order " + orderId, Map.of("orderId", orderId));
	}

}
