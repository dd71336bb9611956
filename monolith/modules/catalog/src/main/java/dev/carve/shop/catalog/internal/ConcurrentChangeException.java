package dev.carve.shop.catalog.internal;

import java.util.Map;

import dev.carve.api.DomainException;
import dev.carve.api.ErrorKind;

/**
 * Someone else changed the product at the same time; nothing was changed. Maps to 409,
 * problem type {@code concurrent-change}: read the product again and retry.
 */
public class ConcurrentChangeException extends DomainException {

	public ConcurrentChangeException(String sku) {
		super(ErrorKind.CONFLICT, "concurrent-change",
				"Product " + sku + " was changed by someone else at the same time; read it again and retry",
				Map.of("sku", sku));
	}

}
