package dev.carve.contracts.payments;

import java.util.Map;
import java.util.UUID;

import dev.carve.api.DomainException;
import dev.carve.api.ErrorKind;

/**
 * An order's payment was asked for again with a different amount or customer than the
 * first time. Authorizing is idempotent per order only for the same request; nothing
 * changes and the first payment stands. Maps to 409, problem type
 * {@code payment-request-conflict}, with the {@code orderId}.
 */
public class PaymentRequestConflictException extends DomainException {

	private final UUID orderId;

	public PaymentRequestConflictException(UUID orderId) {
		super(ErrorKind.CONFLICT, "payment-request-conflict",
				"Order " + orderId
						+ " already has a payment for a different amount or customer; the first request stands",
				Map.of("orderId", orderId.toString()));
		this.orderId = orderId;
	}

	/** The order whose payment was asked for differently. */
	public UUID orderId() {
		return this.orderId;
	}

}
