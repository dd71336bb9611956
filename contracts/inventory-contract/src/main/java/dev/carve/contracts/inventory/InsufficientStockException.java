package dev.carve.contracts.inventory;

import java.util.Map;

import dev.carve.api.DomainException;
import dev.carve.api.ErrorKind;

/**
 * A SKU has less stock available than asked. Maps to 409, problem type
 * {@code out-of-stock}.
 */
public class InsufficientStockException extends DomainException {

	private final String sku;

	private final int requested;

	private final int available;

	public InsufficientStockException(String sku, int requested, int available) {
		super(ErrorKind.CONFLICT, "out-of-stock",
				"Not enough stock of " + sku + ": " + requested + " requested, " + available + " available",
				Map.of("sku", sku, "requested", requested, "available", available));
		this.sku = sku;
		this.requested = requested;
		this.available = available;
	}

	/** The SKU that is short. */
	public String sku() {
		return this.sku;
	}

	/** How many units were asked for. */
	public int requested() {
		return this.requested;
	}

	/** How many units were available. */
	public int available() {
		return this.available;
	}

}
