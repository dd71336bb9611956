package dev.carve.contracts.payments;

import java.util.Map;
import java.util.UUID;

import dev.carve.api.DomainException;
import dev.carve.api.ErrorKind;

/**
 * The payment provider declined a payment. Maps to 402, problem type
 * {@code payment-declined}.
 */
public class PaymentDeclinedException extends DomainException {

	private final String reason;

	public PaymentDeclinedException(UUID orderId, String reason) {
		super(ErrorKind.PAYMENT_DECLINED, "payment-declined", "Payment declined: " + reason,
				Map.of("orderId", orderId.toString(), "reason", reason));
		this.reason = reason;
	}

	/** Why the provider declined. */
	public String reason() {
		return this.reason;
	}

}
