package dev.carve.contracts.inventory;

import java.util.Map;
import java.util.UUID;

import dev.carve.api.DomainException;
import dev.carve.api.ErrorKind;

/**
 * An order already holds a reservation for other lines than asked: a repeated
 * {@link InventoryGateway#reserve} must ask for what the first one did. Maps to 409,
 * problem type {@code reservation-request-conflict}.
 */
public class ReservationConflictException extends DomainException {

	private final UUID orderId;

	public ReservationConflictException(UUID orderId) {
		super(ErrorKind.CONFLICT, "reservation-request-conflict",
				"Order " + orderId + " already holds a reservation for other lines; a repeat must ask for the same",
				Map.of("orderId", orderId));
		this.orderId = orderId;
	}

	/** The order whose reservation stands as it was. */
	public UUID orderId() {
		return this.orderId;
	}

}
