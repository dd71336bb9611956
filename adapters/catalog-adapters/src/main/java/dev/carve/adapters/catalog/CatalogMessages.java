package dev.carve.adapters.catalog;

import java.util.Collection;
import java.util.List;

import dev.carve.contracts.catalog.PriceQuote;
import dev.carve.contracts.catalog.QuotedPrice;
import dev.carve.contracts.catalog.v1.Money;
import dev.carve.contracts.catalog.v1.QuoteRequest;
import dev.carve.contracts.catalog.v1.QuoteResponse;
import dev.carve.kernel.Sku;

/** Converts between the catalog contract's records and its protobuf messages. */
final class CatalogMessages {

	private CatalogMessages() {
	}

	static QuoteRequest toMessage(Collection<String> skus) {
		return QuoteRequest.newBuilder().addAllSkus(skus).build();
	}

	/**
	 * The SKUs a request asks for.
	 * @throws dev.carve.api.InvalidValueException when one is not a {@link Sku}, or there
	 * are too many
	 */
	static List<String> fromMessage(QuoteRequest request) {
		return Sku.requireAll(request.getSkusList(), "skus");
	}

	static QuoteResponse toMessage(PriceQuote quote) {
		return QuoteResponse.newBuilder()
			.addAllPrices(quote.prices().stream().map(CatalogMessages::toMessage).toList())
			.build();
	}

	static PriceQuote fromMessage(QuoteResponse response) {
		return new PriceQuote(response.getPricesList().stream().map(CatalogMessages::fromMessage).toList());
	}

	private static dev.carve.contracts.catalog.v1.QuotedPrice toMessage(QuotedPrice price) {
		return dev.carve.contracts.catalog.v1.QuotedPrice.newBuilder()
			.setSku(price.sku())
			.setName(price.name())
			.setUnitPrice(toMessage(price.unitPrice()))
			.build();
	}

	private static QuotedPrice fromMessage(dev.carve.contracts.catalog.v1.QuotedPrice price) {
		return new QuotedPrice(price.getSku(), price.getName(), fromMessage(price.getUnitPrice()));
	}

	static Money toMessage(dev.carve.kernel.Money money) {
		return Money.newBuilder().setAmountMinor(money.minorUnits()).setCurrency(money.currency()).build();
	}

	static dev.carve.kernel.Money fromMessage(Money money) {
		return dev.carve.kernel.Money.ofMinor(money.getAmountMinor(), money.getCurrency());
	}

}
