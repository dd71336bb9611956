package dev.carve.shop.payments.internal;

import java.util.Map;
import java.util.UUID;

import dev.carve.kernel.DomainException;
import dev.carve.kernel.ErrorKind;

/**
 * A payment is not in a state that allows the operation, such as capturing a voided or
 * declined payment. Maps to 409, problem type {@code payment-state-conflict}.
 */
public class PaymentStateException extends DomainException {

	PaymentStateException(UUID paymentId, PaymentStatus current, PaymentStatus wanted) {
		super(ErrorKind.CONFLICT, "payment-state-conflict",
				"Payment " + paymentId + " is " + current + " and cannot become " + wanted,
				Map.of("paymentId", paymentId.toString(), "status", current.name()));
	}

}
