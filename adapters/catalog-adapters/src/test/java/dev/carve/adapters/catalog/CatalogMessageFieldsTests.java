package dev.carve.adapters.catalog;

import dev.carve.adapters.testkit.MessageFieldsMatch;
import org.junit.jupiter.api.Test;

/**
 * Every record the catalog adapters map to a protobuf message carries the same fields as
 * the message, so that a field added on one side only fails here instead of being lost on
 * the wire.
 */
class CatalogMessageFieldsTests {

	@Test
	void productPriceChanged() {
		MessageFieldsMatch.assertMatch(dev.carve.contracts.catalog.ProductPriceChanged.class,
				dev.carve.contracts.catalog.v1.ProductPriceChanged.getDescriptor());
	}

	@Test
	void quotedPrice() {
		MessageFieldsMatch.assertMatch(dev.carve.contracts.catalog.QuotedPrice.class,
				dev.carve.contracts.catalog.v1.QuotedPrice.getDescriptor());
	}

	@Test
	void priceQuote() {
		MessageFieldsMatch.assertMatch(dev.carve.contracts.catalog.PriceQuote.class,
				dev.carve.contracts.catalog.v1.QuoteResponse.getDescriptor());
	}

	@Test
	void money() {
		MessageFieldsMatch.assertMatch(dev.carve.kernel.Money.class,
				dev.carve.contracts.catalog.v1.Money.getDescriptor(), "amount=amount_minor");
	}

}
