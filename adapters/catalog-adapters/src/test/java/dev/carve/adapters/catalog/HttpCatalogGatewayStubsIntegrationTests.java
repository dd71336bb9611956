package dev.carve.adapters.catalog;

import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.carve.contracts.catalog.CatalogGateway;
import dev.carve.contracts.catalog.QuotedPrice;
import dev.carve.contracts.catalog.UnknownProductException;
import dev.carve.kernel.Money;
import dev.carve.testkit.ModuleProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The HTTP catalog gateway against WireMock serving the stubs catalog publishes: they
 * answer a consumer the way the provider would, a price quote or, for the SKU
 * {@code UNKNOWN-SKU}, the {@code unknown-sku} refusal.
 */
class HttpCatalogGatewayStubsIntegrationTests {

	private static WireMockServer provider;

	private static ModuleProcess consumer;

	private CatalogGateway catalog;

	private String token;

	@BeforeAll
	static void start() {
		provider = new WireMockServer(
				wireMockConfig().dynamicPort().usingFilesUnderClasspath("META-INF/carve/stubs/catalog"));
		provider.start();
		consumer = ModuleProcess.start(CatalogTestApplication.class, CatalogProcesses.TOKENS,
				"carve.modules.catalog.mode=http", "carve.modules.catalog.url=" + provider.baseUrl(),
				"carve.modules.catalog.client.deadline=10s");
	}

	@AfterAll
	static void stop() {
		consumer.stop();
		provider.stop();
	}

	@BeforeEach
	void signIn() {
		provider.resetRequests();
		this.token = CatalogProcesses.TOKENS.customer(UUID.randomUUID());
		SecurityContextHolder.getContext()
			.setAuthentication(new JwtAuthenticationToken(CatalogProcesses.TOKENS.decoder().decode(this.token)));
		this.catalog = consumer.context().getBean(CatalogGateway.class);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aQuoteIsAnsweredAndTheCallersTokenIsRelayed() {
		assertThat(this.catalog.quote(List.of("MUG-BLUE")).prices())
			.containsExactly(new QuotedPrice("MUG-BLUE", "Blue mug", Money.of("12.50", "EUR")));
		provider.verify(1, postRequestedFor(urlPathEqualTo("/internal/v1/catalog/quotes")).withHeader("Authorization",
				equalTo("Bearer " + this.token)));
	}

	@Test
	void theUnknownSkuIsRefusedByNameAndNotAskedAgain() {
		assertThatExceptionOfType(UnknownProductException.class)
			.isThrownBy(() -> this.catalog.quote(List.of("MUG-BLUE", "UNKNOWN-SKU")))
			.satisfies((refusal) -> assertThat(refusal.skus()).containsExactly("UNKNOWN-SKU"));
		provider.verify(1, postRequestedFor(urlPathEqualTo("/internal/v1/catalog/quotes")));
	}

}
