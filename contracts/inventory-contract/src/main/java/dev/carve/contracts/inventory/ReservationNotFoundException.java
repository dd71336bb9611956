package dev.carve.contracts.inventory;

import java.util.Map;
import java.util.UUID;

import dev.carve.api.DomainException;
import dev.carve.api.ErrorKind;

/**
 * An order holds no reservation to commit. Maps to 409, problem type
 * {@code reservation-not-found}.
 */
public class ReservationNotFoundException extends DomainException {

	public ReservationNotFoundException(UUID orderId) {
		super(ErrorKind.CONFLICT, "reservation-not-found", "Order " + orderId + " holds no active reservation",
				Map.of("orderId", orderId.toString()));
	}

}
