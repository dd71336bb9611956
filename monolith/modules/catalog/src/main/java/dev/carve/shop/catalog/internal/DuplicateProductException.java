package dev.carve.shop.catalog.internal;

import java.util.Map;

import dev.carve.api.DomainException;
import dev.carve.api.ErrorKind;

/**
 * A product with the SKU exists already. Maps to 409, problem type
 * {@code product-exists}.
 */
public class DuplicateProductException extends DomainException {

	public DuplicateProductException(String sku) {
		super(ErrorKind.CONFLICT, "product-exists", "A product with SKU " + sku + " exists already",
				Map.of("sku", sku));
	}

}
