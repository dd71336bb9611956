package dev.carve.contracts.payments;

import java.util.UUID;

import dev.carve.api.InvalidValueException;
import dev.carve.kernel.Money;

/**
 * A request to authorize a payment for an order.
 *
 * @param orderId the order; the payment's key
 * @param customerId who pays
 * @param amount how much
 */
public record AuthorizePayment(UUID orderId, UUID customerId, Money amount) {

	public AuthorizePayment {
		InvalidValueException.present(orderId, "orderId");
		InvalidValueException.present(customerId, "customerId");
		InvalidValueException.present(amount, "amount");
	}

}
