package dev.carve.contracts.catalog;

import java.util.List;
import java.util.Map;

import dev.carve.api.DomainException;
import dev.carve.api.ErrorKind;

/**
 * One or more SKUs do not exist or are not active. Maps to 404, problem type
 * {@code unknown-sku}.
 */
public class UnknownProductException extends DomainException {

	private final List<String> skus;

	public UnknownProductException(List<String> skus) {
		super(ErrorKind.NOT_FOUND, "unknown-sku", "Unknown or inactive SKU: " + String.join(", ", skus),
				Map.of("skus", List.copyOf(skus)));
		this.skus = List.copyOf(skus);
	}

	/** The SKUs that are unknown or inactive. */
	public List<String> skus() {
		return this.skus;
	}

}
