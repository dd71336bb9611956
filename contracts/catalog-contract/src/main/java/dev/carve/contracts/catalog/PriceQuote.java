package dev.carve.contracts.catalog;

import java.util.List;
import java.util.Optional;

/**
 * Current prices for a set of SKUs.
 *
 * @param prices one entry per SKU asked for
 */
public record PriceQuote(List<QuotedPrice> prices) {

	public PriceQuote {
		prices = List.copyOf(prices);
	}

	/** The price quoted for a SKU, if it was asked for. */
	public Optional<QuotedPrice> priceOf(String sku) {
		return this.prices.stream().filter((price) -> price.sku().equals(sku)).findFirst();
	}

}
