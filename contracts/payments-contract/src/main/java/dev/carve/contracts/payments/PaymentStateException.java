package dev.carve.contracts.payments;

import java.util.Map;
import java.util.UUID;

import dev.carve.api.DomainException;
import dev.carve.api.ErrorKind;

/**
 * A payment is not in a state that allows the operation, such as capturing a voided or
 * declined payment. Maps to 409, problem type {@code payment-state-conflict}.
 */
public class PaymentStateException extends DomainException {

	private final String status;

	/**
	 * Creates the exception.
	 * @param paymentId the payment
	 * @param status the state it is in, such as {@code VOIDED}
	 * @param wanted the state the operation would have moved it to, such as
	 * {@code CAPTURED}
	 */
	public PaymentStateException(UUID paymentId, String status, String wanted) {
		super(ErrorKind.CONFLICT, "payment-state-conflict",
				"Payment " + paymentId + " is " + status + " and cannot become " + wanted,
				Map.of("paymentId", paymentId.toString(), "paymentStatus", status));
		this.status = status;
	}

	/** The state the payment is in. */
	public String status() {
		return this.status;
	}

}
