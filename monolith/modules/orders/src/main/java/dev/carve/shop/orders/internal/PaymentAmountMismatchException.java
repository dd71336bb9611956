package dev.carve.shop.orders.internal;

import java.util.Map;
import java.util.UUID;

import dev.carve.api.DomainException;
import dev.carve.api.ErrorKind;
import dev.carve.kernel.Money;

/**
 * The payments module authorized another amount than the order's total, or for another
 * order. The placement saga voids that payment, releases the stock and rejects the order.
 * Maps to 409, problem type {@code payment-amount-mismatch}, with the amounts.
 */
class PaymentAmountMismatchException extends DomainException {

	PaymentAmountMismatchException(UUID orderId, Money authorized, Money total) {
		super(ErrorKind.CONFLICT, "payment-amount-mismatch",
				"The payment authorized " + authorized + " for order " + orderId + ", whose total is " + total
						+ "; the payment was voided",
				Map.of("authorized", authorized.toString(), "total", total.toString()));
	}

}
