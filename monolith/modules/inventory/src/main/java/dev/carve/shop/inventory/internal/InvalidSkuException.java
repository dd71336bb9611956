package dev.carve.shop.inventory.internal;

import java.util.Map;

import dev.carve.api.DomainException;
import dev.carve.api.ErrorKind;

/**
 * A SKU is not 3 to 32 upper-case letters, digits or dashes. Maps to 400, problem type
 * {@code invalid-sku}.
 */
public class InvalidSkuException extends DomainException {

	/** What a SKU looks like. */
	public static final String PATTERN = "[A-Z0-9-]{3,32}";

	public InvalidSkuException(String sku) {
		super(ErrorKind.INVALID, "invalid-sku", "A SKU is 3 to 32 upper-case letters, digits or dashes: " + sku,
				Map.of("sku", sku));
	}

}
