package dev.carve.shop;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import dev.carve.contracts.payments.v1.CancelForOrderRequest;
import dev.carve.contracts.payments.v1.PaymentServiceGrpc;
import dev.carve.runtime.security.ServiceCredentials;
import dev.carve.runtime.security.ServiceCredentialsAutoConfiguration;
import dev.carve.runtime.security.ServiceTokens;
import io.grpc.ClientInterceptors;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.grpc.server.lifecycle.GrpcServerLifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Who may call what in the one jar: module-to-module endpoints answer only modules of
 * this system, operations only operators, and a service credential is never an end user.
 */
@ShopIntegrationTest
class TrustBoundaryIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	GrpcServerLifecycle grpc;

	private ShopClient shop;

	@BeforeEach
	void client() {
		this.shop = new ShopClient(this.port);
	}

	@Test
	void aCustomerCannotRefundHerCapturedOrderThroughTheModuleEndpoint() {
		String customer = this.shop.newCustomer();
		String orderId = capturedOrder(customer);

		JsonNode problem = this.shop.send("POST", "/internal/v1/payments/orders/" + orderId + "/cancel", null, customer)
			.problem(403, "forbidden");

		assertThat(problem.get("detail").asString()).contains(ServiceTokens.HEADER);
		assertThat(paymentStatus(orderId, customer)).isEqualTo("CAPTURED");
		assertThat(this.shop.send("GET", "/api/v1/orders/" + orderId, null, customer)
			.expect(200)
			.json()
			.get("status")
			.asString()).isEqualTo("CONFIRMED");
	}

	@Test
	void aCustomerCannotCancelHerPaymentOverGrpcEither() {
		String customer = this.shop.newCustomer();
		String orderId = capturedOrder(customer);
		Metadata headers = new Metadata();
		headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + customer);
		ManagedChannel channel = ManagedChannelBuilder.forAddress("127.0.0.1", this.grpc.getPort())
			.usePlaintext()
			.build();
		try {
			PaymentServiceGrpc.PaymentServiceBlockingStub payments = PaymentServiceGrpc
				.newBlockingStub(
						ClientInterceptors.intercept(channel, MetadataUtils.newAttachHeadersInterceptor(headers)))
				.withDeadlineAfter(5, TimeUnit.SECONDS);
			CancelForOrderRequest cancel = CancelForOrderRequest.newBuilder().setOrderId(orderId).build();

			assertThatExceptionOfType(StatusRuntimeException.class).isThrownBy(() -> payments.cancelForOrder(cancel))
				.extracting((refusal) -> refusal.getStatus().getCode())
				.isEqualTo(Status.Code.PERMISSION_DENIED);
		}
		finally {
			channel.shutdownNow();
		}
		assertThat(paymentStatus(orderId, customer)).isEqualTo("CAPTURED");
	}

	@Test
	void aCustomerCannotHoldStockOrReadOtherCustomersThroughModuleEndpoints() {
		String customer = this.shop.newCustomer();
		String sku = this.shop.newProduct("3.00", 5);

		this.shop
			.send("POST", "/internal/v1/inventory/reservations",
					Map.of("orderId", UUID.randomUUID(), "lines", java.util.List.of(Map.of("sku", sku, "quantity", 5))),
					customer)
			.problem(403, "forbidden");
		this.shop.send("GET", "/internal/v1/identity/customers/" + UUID.randomUUID(), null, customer)
			.problem(403, "forbidden");
		this.shop.send("GET", "/internal/v1/identity/customers/" + UUID.randomUUID(), null, null)
			.problem(401, "unauthenticated");

		assertThat(this.shop.stock(sku).get("available").asInt()).isEqualTo(5);
	}

	@Test
	void aRegisteredDeployableGetsACredentialForWhatItMayCallOnly() {
		JsonNode issued = this.shop.serviceToken(ShopClient.ORDERS_CLIENT_ID, ShopClient.CLIENT_SECRET)
			.expect(200)
			.json();
		assertThat(issued.get("token_type").asString()).isEqualTo("Bearer");
		assertThat(issued.get("expires_in").asInt()).isBetween(1, 300);
		String credential = issued.get("access_token").asString();
		String customer = this.shop.newCustomer();
		String sku = this.shop.newProduct("2.00", 4);
		String orderId = this.shop.order(customer, sku, 1).expect(201).json().get("id").asString();

		this.shop
			.send("GET", "/internal/v1/orders/" + orderId + "/status", null, null,
					Map.of(ServiceTokens.HEADER, "Bearer " + credential))
			.problem(401, "unauthenticated");
		this.shop
			.send("POST", "/internal/v1/catalog/quotes", "[\"" + sku + "\"]", null,
					Map.of(ServiceTokens.HEADER, "Bearer " + credential))
			.expect(200);
		this.shop.send("GET", "/api/v1/orders", null, credential).problem(403, "forbidden");
		this.shop.send("GET", "/actuator/prometheus", null, credential).problem(403, "forbidden");
	}

	@Test
	void wrongClientCredentialsGetAnOAuthErrorAsAProblem() {
		JsonNode problem = this.shop.serviceToken(ShopClient.ORDERS_CLIENT_ID, "not-the-secret")
			.problem(401, "invalid-client");
		assertThat(problem.get("error").asString()).isEqualTo("invalid_client");
		this.shop.serviceToken("nobody", ShopClient.CLIENT_SECRET).problem(401, "invalid-client");
	}

	@Test
	void metricsAndHealthDetailsAnswerOnlyOperators() {
		this.shop.send("GET", "/actuator/prometheus", null, null).problem(401, "unauthenticated");
		this.shop.send("GET", "/actuator/prometheus", null, this.shop.newCustomer()).problem(403, "forbidden");
		assertThat(this.shop.send("GET", "/actuator/prometheus", null, this.shop.admin()).expect(200).raw().body())
			.contains("carve_outbox_depth");
		String scraper = this.shop.serviceToken("prometheus", ShopClient.CLIENT_SECRET)
			.expect(200)
			.json()
			.get("access_token")
			.asString();
		this.shop.send("GET", "/actuator/prometheus", null, scraper).expect(200);

		assertThat(this.shop.send("GET", "/actuator/health/liveness", null, null)
			.expect(200)
			.json()
			.get("status")
			.asString()).isEqualTo("UP");
		assertThat(this.shop.send("GET", "/actuator/health/readiness", null, null).expect(200).json().has("status"))
			.isTrue();
		assertThat(this.shop.send("GET", "/actuator/health", null, null).expect(200).json().has("components"))
			.isFalse();
		assertThat(this.shop.send("GET", "/actuator/health", null, this.shop.newCustomer())
			.expect(200)
			.json()
			.has("components")).isFalse();
		assertThat(this.shop.send("GET", "/actuator/health", null, scraper).expect(200).json().has("components"))
			.isTrue();
	}

	@Test
	void aProcessWithoutIdentityFetchesItsCredentialWithTheClientCredentialsGrant() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ServiceCredentialsAutoConfiguration.class))
			.withPropertyValues(
					"carve.service-credentials.token-uri=http://localhost:" + this.port
							+ "/api/v1/identity/service-tokens",
					"carve.service-credentials.client-id=" + ShopClient.ORDERS_CLIENT_ID,
					"carve.service-credentials.client-secret=" + ShopClient.CLIENT_SECRET)
			.run((context) -> {
				ServiceCredentials credentials = context.getBean(ServiceCredentials.class);
				String credential = credentials.tokenFor("catalog");
				assertThat(credentials.tokenFor("inventory")).as("one cached token for every module")
					.isEqualTo(credential);
				this.shop
					.send("POST", "/internal/v1/catalog/quotes", "[\"NO-SUCH-SKU\"]", null,
							Map.of(ServiceTokens.HEADER, "Bearer " + credential))
					.expect(404);
			});
	}

	/** Places an order for the customer and waits until its payment is captured. */
	private String capturedOrder(String customer) {
		String sku = this.shop.newProduct("40.00", 3);
		String orderId = this.shop.order(customer, sku, 1).expect(201).json().get("id").asString();
		await().atMost(Duration.ofSeconds(10)).until(() -> "CAPTURED".equals(paymentStatus(orderId, customer)));
		return orderId;
	}

	private String paymentStatus(String orderId, String customer) {
		return this.shop.send("GET", "/api/v1/payments/" + orderId, null, customer).json().path("status").asString();
	}

}
