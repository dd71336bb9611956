package dev.carve.contracts.payments;

import java.util.Map;
import java.util.UUID;

import dev.carve.api.NotFoundException;

/** No payment has the given id. Maps to 404, problem type {@code payment-not-found}. */
public class PaymentNotFoundException extends NotFoundException {

	public PaymentNotFoundException(UUID paymentId) {
		super("payment-not-found", "No payment " + paymentId, Map.of("paymentId", paymentId.toString()));
	}

}
