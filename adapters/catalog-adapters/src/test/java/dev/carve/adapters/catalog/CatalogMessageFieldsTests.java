package dev.carve.adapters.catalog;

import java.util.List;

import dev.carve.adapters.testkit.MessageFieldsSuite;

/**
 * The records the catalog adapters map to protobuf messages carry the messages' fields
 * ({@link MessageFieldsSuite}).
 */
class CatalogMessageFieldsTests extends MessageFieldsSuite {

	@Override
	protected List<Pair> pairs() {
		return List.of(
				pair(dev.carve.contracts.catalog.ProductPriceChanged.class,
						dev.carve.contracts.catalog.v1.ProductPriceChanged.getDescriptor()),
				pair(dev.carve.contracts.catalog.QuotedPrice.class,
						dev.carve.contracts.catalog.v1.QuotedPrice.getDescriptor()),
				pair(dev.carve.contracts.catalog.PriceQuote.class,
						dev.carve.contracts.catalog.v1.QuoteResponse.getDescriptor()),
				pair(dev.carve.kernel.Money.class, dev.carve.contracts.catalog.v1.Money.getDescriptor(),
						"amount=amount_minor"));
	}

}
