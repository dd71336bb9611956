package dev.carve.services.catalog;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import dev.carve.contracts.catalog.v1.CatalogServiceGrpc;
import dev.carve.contracts.catalog.v1.CatalogServiceGrpc.CatalogServiceBlockingStub;
import dev.carve.contracts.catalog.v1.QuoteRequest;
import dev.carve.contracts.catalog.v1.QuoteResponse;
import dev.carve.runtime.security.ServiceTokens;
import dev.carve.services.testkit.ServiceGrpcServer;
import dev.carve.services.testkit.ServiceIntegrationTests;
import dev.carve.testkit.TestTokens;
import dev.carve.testkit.WithPostgres;
import io.grpc.Channel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The catalog service: the catalog module on its own, behind identity's tokens, serving
 * its gateway to other processes over gRPC and HTTP.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@WithPostgres
@Import(ServiceGrpcServer.class)
class CatalogServiceIntegrationTests extends ServiceIntegrationTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ServiceGrpcServer grpc;

	CatalogServiceIntegrationTests() {
		super("catalog", 8181, 9191);
	}

	@Override
	protected String protectedPath() {
		return "/api/v1/catalog/products";
	}

	@Test
	void anAdministratorAddsAProductThatACustomerThenReads() {
		String sku = newSku();
		this.client.post()
			.uri("/api/v1/catalog/products")
			.header(HttpHeaders.AUTHORIZATION, bearer(identity.admin(UUID.randomUUID())))
			.contentType(MediaType.APPLICATION_JSON)
			.body(productJson(sku))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.location("/api/v1/catalog/products/" + sku);

		this.client.get()
			.uri("/api/v1/catalog/products/" + sku)
			.header(HttpHeaders.AUTHORIZATION, bearer(identity.customer(UUID.randomUUID())))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.name")
			.isEqualTo("Service mug")
			.jsonPath("$.price.amount")
			.isEqualTo(12.5)
			.jsonPath("$.price.currency")
			.isEqualTo("EUR")
			.jsonPath("$.active")
			.isEqualTo(true);
		assertThat(this.jdbc.queryForObject("SELECT price_amount::text FROM catalog.products WHERE sku = ?",
				String.class, sku))
			.isEqualTo("12.50");
	}

	@Test
	void aCustomerMayNotAddProducts() {
		String sku = newSku();
		this.client.post()
			.uri("/api/v1/catalog/products")
			.header(HttpHeaders.AUTHORIZATION, bearer(identity.customer(UUID.randomUUID())))
			.contentType(MediaType.APPLICATION_JSON)
			.body(productJson(sku))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:carve:problem:forbidden");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM catalog.products WHERE sku = ?", Integer.class, sku))
			.isZero();
	}

	@Test
	void theGrpcServerQuotesPricesForAModuleWithAServiceCredential() {
		String sku = addProduct();

		QuoteResponse quote = stub(this.grpc.moduleChannel(ordersCredential(), identity.customer(UUID.randomUUID())))
			.quote(QuoteRequest.newBuilder().addSkus(sku).build());

		assertThat(quote.getPricesList()).singleElement().satisfies((price) -> {
			assertThat(price.getSku()).isEqualTo(sku);
			assertThat(price.getName()).isEqualTo("Service mug");
			assertThat(price.getUnitPrice().getAmountMinor()).isEqualTo(1250);
			assertThat(price.getUnitPrice().getCurrency()).isEqualTo("EUR");
		});
	}

	@Test
	void theGrpcServerRefusesCallersThatAreNotModules() {
		String sku = addProduct();
		QuoteRequest request = QuoteRequest.newBuilder().addSkus(sku).build();

		assertThatExceptionOfType(StatusRuntimeException.class)
			.isThrownBy(() -> stub(this.grpc.channel()).quote(request))
			.extracting(StatusRuntimeException::getStatus)
			.extracting(Status::getCode)
			.isEqualTo(Status.Code.UNAUTHENTICATED);
		String foreign = TestTokens.create().customer(UUID.randomUUID());
		assertThatExceptionOfType(StatusRuntimeException.class)
			.isThrownBy(() -> stub(this.grpc.channel(foreign)).quote(request))
			.extracting(StatusRuntimeException::getStatus)
			.extracting(Status::getCode)
			.isEqualTo(Status.Code.UNAUTHENTICATED);
		String customer = identity.customer(UUID.randomUUID());
		assertThatExceptionOfType(StatusRuntimeException.class)
			.isThrownBy(() -> stub(this.grpc.channel(customer)).quote(request))
			.extracting(StatusRuntimeException::getStatus)
			.extracting(Status::getCode)
			.isEqualTo(Status.Code.PERMISSION_DENIED);
	}

	@Test
	void theGatewayEndpointQuotesPricesOverHttpOnlyForAModule() {
		String sku = addProduct();
		this.client.post()
			.uri("/internal/v1/catalog/quotes")
			.header(ServiceTokens.HEADER, bearer(ordersCredential()))
			.contentType(MediaType.APPLICATION_JSON)
			.body("[\"" + sku + "\"]")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.prices[0].sku")
			.isEqualTo(sku)
			.jsonPath("$.prices[0].unitPrice.amount")
			.isEqualTo(12.5);

		this.client.post()
			.uri("/internal/v1/catalog/quotes")
			.contentType(MediaType.APPLICATION_JSON)
			.body("[\"" + sku + "\"]")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:carve:problem:unauthenticated");
		this.client.post()
			.uri("/internal/v1/catalog/quotes")
			.header(HttpHeaders.AUTHORIZATION, bearer(identity.customer(UUID.randomUUID())))
			.contentType(MediaType.APPLICATION_JSON)
			.body("[\"" + sku + "\"]")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:carve:problem:forbidden");
	}

	private static String ordersCredential() {
		return identity.service("orders-service", List.of("catalog"));
	}

	private String addProduct() {
		String sku = newSku();
		this.client.post()
			.uri("/api/v1/catalog/products")
			.header(HttpHeaders.AUTHORIZATION, bearer(identity.admin(UUID.randomUUID())))
			.contentType(MediaType.APPLICATION_JSON)
			.body(productJson(sku))
			.exchange()
			.expectStatus()
			.isCreated();
		return sku;
	}

	private static CatalogServiceBlockingStub stub(Channel channel) {
		return CatalogServiceGrpc.newBlockingStub(channel).withDeadlineAfter(5, TimeUnit.SECONDS);
	}

	private static String newSku() {
		return "SVC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	private static String productJson(String sku) {
		return """
				{"sku": "%s", "name": "Service mug", "price": {"amount": "12.50", "currency": "EUR"}}
				""".formatted(sku);
	}

}
