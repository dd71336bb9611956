package dev.carve.shop.catalog;

import java.util.List;
import java.util.UUID;

import dev.carve.contracts.catalog.CatalogGateway;
import dev.carve.contracts.catalog.PriceQuote;
import dev.carve.contracts.catalog.UnknownProductException;
import dev.carve.kernel.Money;
import dev.carve.shop.catalog.internal.ProductCatalog;
import dev.carve.testkit.WithPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@WithPostgres
class CatalogManagementIntegrationTests {

	@Autowired
	CatalogGateway gateway;

	@Autowired
	ProductCatalog catalog;

	@Test
	void quotesTheCurrentPriceOfEveryDistinctSku() {
		String mug = newSku();
		String tea = newSku();
		this.catalog.create(mug, "Mug", Money.of("7.50", "EUR"));
		this.catalog.create(tea, "Tea", Money.of("3.20", "EUR"));

		PriceQuote quote = this.gateway.quote(List.of(mug, tea, mug));

		assertThat(quote.prices()).hasSize(2);
		assertThat(quote.priceOf(mug).orElseThrow().unitPrice()).isEqualTo(Money.of("7.50", "EUR"));
		assertThat(quote.priceOf(tea).orElseThrow().name()).isEqualTo("Tea");
	}

	@Test
	void refusesToQuoteUnknownOrInactiveSkusAndNamesThemAll() {
		String active = newSku();
		String inactive = newSku();
		String unknown = newSku();
		this.catalog.create(active, "Kettle", Money.of("25.00", "EUR"));
		this.catalog.create(inactive, "Teapot", Money.of("30.00", "EUR"));
		this.catalog.deactivate(inactive);

		UnknownProductException refusal = catchThrowableOfType(UnknownProductException.class,
				() -> this.gateway.quote(List.of(active, inactive, unknown)));

		assertThat(refusal.skus()).containsExactly(inactive, unknown);
		assertThat(refusal.code()).isEqualTo("unknown-sku");
	}

	static String newSku() {
		return "Q-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

}
