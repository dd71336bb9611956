package dev.carve.shop.payments.internal;

import java.util.Map;
import java.util.UUID;

import dev.carve.api.NotFoundException;

/**
 * The caller can see no payment for an order: there is none, or it is another customer's.
 * Maps to 404, problem type {@code payment-not-found}.
 */
class OrderPaymentNotFoundException extends NotFoundException {

	OrderPaymentNotFoundException(UUID orderId) {
		super("payment-not-found", "No payment for order " + orderId, Map.of("orderId", orderId.toString()));
	}

}
