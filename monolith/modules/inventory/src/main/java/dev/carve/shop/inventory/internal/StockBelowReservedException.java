package dev.carve.shop.inventory.internal;

import java.util.Map;

import dev.carve.api.DomainException;
import dev.carve.api.ErrorKind;

/**
 * Stock cannot be set below the units reservations hold. Maps to 409, problem type
 * {@code stock-below-reserved}.
 */
public class StockBelowReservedException extends DomainException {

	public StockBelowReservedException(String sku, int onHand, int reserved) {
		super(ErrorKind.CONFLICT, "stock-below-reserved",
				"Cannot set stock of " + sku + " to " + onHand + ": " + reserved + " units are reserved",
				Map.of("sku", sku, "reserved", reserved));
	}

}
