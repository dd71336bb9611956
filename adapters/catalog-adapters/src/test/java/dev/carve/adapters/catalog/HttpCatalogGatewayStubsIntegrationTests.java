package dev.carve.adapters.catalog;

import java.util.List;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.carve.adapters.testkit.StubbedHttpProviderTests;
import dev.carve.contracts.catalog.CatalogGateway;
import dev.carve.contracts.catalog.QuotedPrice;
import dev.carve.contracts.catalog.UnknownProductException;
import dev.carve.kernel.Money;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The HTTP catalog gateway against WireMock serving the stubs catalog publishes
 * ({@link StubbedHttpProviderTests}): they answer a consumer the way the provider would,
 * a price quote or, for the SKU {@code UNKNOWN-SKU}, the {@code unknown-sku} refusal.
 */
class HttpCatalogGatewayStubsIntegrationTests extends StubbedHttpProviderTests {

	private static final String QUOTES = "/internal/v1/catalog/quotes";

	HttpCatalogGatewayStubsIntegrationTests() {
		super("catalog", CatalogTestApplication.class, CatalogProcesses.TOKENS);
	}

	@Override
	protected void call() {
		catalog().quote(List.of("MUG-BLUE"));
	}

	@Override
	protected MappingBuilder stub() {
		return post(urlPathEqualTo(QUOTES));
	}

	@Override
	protected RequestPatternBuilder requested() {
		return postRequestedFor(urlPathEqualTo(QUOTES));
	}

	@Test
	void aQuoteIsAnsweredAndTheCallersTokenIsRelayed() {
		assertThat(catalog().quote(List.of("MUG-BLUE")).prices())
			.containsExactly(new QuotedPrice("MUG-BLUE", "Blue mug", Money.of("12.50", "EUR")));
		provider().verify(1,
				postRequestedFor(urlPathEqualTo(QUOTES)).withHeader("Authorization", equalTo("Bearer " + token())));
	}

	@Test
	void theUnknownSkuIsRefusedByNameAndNotAskedAgain() {
		assertThatExceptionOfType(UnknownProductException.class)
			.isThrownBy(() -> catalog().quote(List.of("MUG-BLUE", "UNKNOWN-SKU")))
			.satisfies((refusal) -> assertThat(refusal.skus()).containsExactly("UNKNOWN-SKU"));
		provider().verify(1, postRequestedFor(urlPathEqualTo(QUOTES)));
	}

	private CatalogGateway catalog() {
		return consumer().context().getBean(CatalogGateway.class);
	}

}
