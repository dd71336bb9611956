package dev.carve.services.orders;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import dev.carve.contracts.orders.v1.FindStatusRequest;
import dev.carve.contracts.orders.v1.FindStatusResponse;
import dev.carve.contracts.orders.v1.OrderServiceGrpc;
import dev.carve.contracts.orders.v1.OrderServiceGrpc.OrderServiceBlockingStub;
import dev.carve.contracts.orders.v1.OrderStatus;
import dev.carve.runtime.security.ServiceTokens;
import dev.carve.services.testkit.ServiceGrpcServer;
import dev.carve.services.testkit.ServiceIntegrationTests;
import dev.carve.testkit.WithPostgres;
import io.grpc.Channel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.PropertyResolver;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The orders service: the orders module on its own, behind identity's tokens, placing
 * orders with catalog and inventory over gRPC and payments over HTTP, all three in one
 * other process ({@link Providers}), and serving its own gateway over gRPC and HTTP.
 */
@SpringBootTest(classes = OrdersServiceApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@WithPostgres
@Import(ServiceGrpcServer.class)
class OrdersServiceIntegrationTests extends ServiceIntegrationTests {

	/**
	 * How long one call to catalog, inventory or payments may take, retries included. One
	 * second is too short for the very first call of the test JVM (cold channels and
	 * servers on both sides) on a busy machine.
	 */
	private static final Duration DEADLINE = Duration.ofSeconds(2);

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final Providers providers = Providers.start(identity);

	@Autowired
	ServiceGrpcServer grpc;

	/**
	 * The customer's client for orders. Not the auto-configured one: Apache HttpClient 5
	 * is on the class path (for the gateways' HTTP clients), and its default repeats a
	 * request answered 503, a POST included, which would hide the answer a customer gets.
	 */
	private RestTestClient orders;

	OrdersServiceIntegrationTests() {
		super("orders", 8184, 9194);
	}

	@BeforeEach
	void aClientThatRepeatsNothing() {
		this.orders = RestTestClient.bindToServer(new JdkClientHttpRequestFactory())
			.baseUrl("http://localhost:" + this.context.getEnvironment().getProperty("local.server.port"))
			.build();
	}

	@DynamicPropertySource
	static void modulesOrdersCalls(DynamicPropertyRegistry registry) {
		registry.add("carve.modules.catalog.mode", () -> "grpc");
		registry.add("carve.modules.catalog.url", providers::grpcTarget);
		registry.add("carve.modules.inventory.mode", () -> "grpc");
		registry.add("carve.modules.inventory.url", providers::grpcTarget);
		registry.add("carve.modules.payments.mode", () -> "http");
		registry.add("carve.modules.payments.url", providers::httpUrl);
		for (String module : List.of("catalog", "inventory", "payments")) {
			registry.add("carve.modules." + module + ".client.deadline", () -> DEADLINE.toMillis() + "ms");
			registry.add("carve.modules." + module + ".client.circuit-breaker.wait-in-open-state", () -> "1s");
		}
	}

	@Override
	protected String protectedPath() {
		return "/api/v1/orders";
	}

	@Test
	void aCustomerOrdersWhatCatalogPricesInventoryReservesAndPaymentsAuthorizesElsewhere() {
		String sku = providers.addProduct("12.50");
		providers.stock(sku, 10);
		UUID customerId = UUID.randomUUID();

		JsonNode order = body(placeOrder(customerId, sku, 2).expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("CONFIRMED")
			.jsonPath("$.total.amount")
			.isEqualTo(25.0)
			.jsonPath("$.lines[0].sku")
			.isEqualTo(sku)
			.jsonPath("$.lines[0].unitPrice.amount")
			.isEqualTo(12.5)
			.returnResult()
			.getResponseBody());

		UUID orderId = UUID.fromString(order.get("id").asString());
		assertThat(providers.available(sku)).as("units of %s left to reserve", sku).isEqualTo(8);
		assertThat(providers.paymentStatus(orderId, customerId)).isEqualTo("AUTHORIZED");
		this.orders.get()
			.uri("/api/v1/orders/" + orderId)
			.header(HttpHeaders.AUTHORIZATION, bearer(identity.customer(customerId)))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("CONFIRMED");
	}

	@Test
	void anOrderForMoreThanIsAvailableIsRefusedAndHoldsNoStock() {
		String sku = providers.addProduct("4.00");
		providers.stock(sku, 3);
		UUID customerId = UUID.randomUUID();

		JsonNode problem = body(placeOrder(customerId, sku, 5).expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:carve:problem:out-of-stock")
			.jsonPath("$.sku")
			.isEqualTo(sku)
			.jsonPath("$.requested")
			.isEqualTo(5)
			.jsonPath("$.available")
			.isEqualTo(3)
			.jsonPath("$.orderStatus")
			.isEqualTo("REJECTED")
			.returnResult()
			.getResponseBody());

		assertThat(providers.available(sku)).as("units of %s left to reserve", sku).isEqualTo(3);
		this.orders.get()
			.uri("/api/v1/orders/" + problem.get("orderId").asString())
			.header(HttpHeaders.AUTHORIZATION, bearer(identity.customer(customerId)))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("REJECTED");
	}

	@Test
	void whileTheOtherProcessIsDownOrdersAreAnsweredModuleUnavailableAndNothingIsLeftHalfDone() {
		String sku = providers.addProduct("3.00");
		providers.stock(sku, 5);
		UUID customerId = UUID.randomUUID();

		providers.stop();
		try {
			long started = System.nanoTime();
			placeOrder(customerId, sku, 1).expectStatus()
				.isEqualTo(503)
				.expectHeader()
				.exists(HttpHeaders.RETRY_AFTER)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("urn:carve:problem:module-unavailable")
				.jsonPath("$.module")
				.isEqualTo("catalog");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).as("time to answer")
				.isLessThan(DEADLINE.plusSeconds(1));
			assertThat(history(customerId).get("items")).as("orders stored without prices").isEmpty();
		}
		finally {
			providers.restart();
		}
		assertThat(providers.available(sku)).as("units of %s left to reserve", sku).isEqualTo(5);

		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(500))
			.untilAsserted(() -> placeOrder(customerId, sku, 1).expectStatus().isCreated());

		assertThat(history(customerId).get("items")).extracting((order) -> order.get("status").asString())
			.as("the customer's orders after the other process came back")
			.containsOnlyOnce("CONFIRMED")
			.isSubsetOf("CONFIRMED", "REJECTED");
		assertThat(providers.available(sku)).as("units of %s left to reserve", sku).isEqualTo(4);
	}

	@Test
	void theOrderGatewayAnswersOverGrpcAndHttpForAModuleWithAServiceCredential() {
		String sku = providers.addProduct("7.00");
		providers.stock(sku, 2);
		UUID customerId = UUID.randomUUID();
		String orderId = body(
				placeOrder(customerId, sku, 1).expectStatus().isCreated().expectBody().returnResult().getResponseBody())
			.get("id")
			.asString();
		String credential = identity.service("payments-service", List.of("orders"));

		FindStatusResponse found = stub(this.grpc.moduleChannel(credential, null))
			.findStatus(FindStatusRequest.newBuilder().setOrderId(orderId).build());

		assertThat(found.getFound()).isTrue();
		assertThat(found.getOrder().getCustomerId()).isEqualTo(customerId.toString());
		assertThat(found.getOrder().getStatus()).isEqualTo(OrderStatus.ORDER_STATUS_CONFIRMED);
		this.client.get()
			.uri("/internal/v1/orders/" + orderId + "/status")
			.header(ServiceTokens.HEADER, bearer(credential))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("CONFIRMED");
	}

	@Test
	void theOrderGatewayRefusesCallersThatAreNotModules() {
		String orderId = UUID.randomUUID().toString();
		assertThatExceptionOfType(StatusRuntimeException.class)
			.isThrownBy(() -> stub(this.grpc.channel())
				.findStatus(FindStatusRequest.newBuilder().setOrderId(orderId).build()))
			.extracting(StatusRuntimeException::getStatus)
			.extracting(Status::getCode)
			.isEqualTo(Status.Code.UNAUTHENTICATED);
		this.client.get()
			.uri("/internal/v1/orders/" + orderId + "/status")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:carve:problem:unauthenticated");
		String customer = identity.customer(UUID.randomUUID());
		assertThatExceptionOfType(StatusRuntimeException.class)
			.isThrownBy(() -> stub(this.grpc.channel(customer))
				.findStatus(FindStatusRequest.newBuilder().setOrderId(orderId).build()))
			.extracting(StatusRuntimeException::getStatus)
			.extracting(Status::getCode)
			.isEqualTo(Status.Code.PERMISSION_DENIED);
		this.client.get()
			.uri("/internal/v1/orders/" + orderId + "/status")
			.header(HttpHeaders.AUTHORIZATION, bearer(customer))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void byDefaultCatalogInventoryAndPaymentsAreCalledOverGrpcOnTheirServicesPorts() {
		PropertyResolver defaults = serviceDefaults();
		assertThat(defaults.getProperty("carve.modules.orders.mode")).isNull();
		for (String module : List.of("catalog", "inventory", "payments")) {
			assertThat(defaults.getProperty("carve.modules." + module + ".mode")).as(module).isEqualTo("grpc");
		}
		assertThat(defaults.getProperty("carve.modules.catalog.url")).isEqualTo("localhost:9191");
		assertThat(defaults.getProperty("carve.modules.inventory.url")).isEqualTo("localhost:9192");
		assertThat(defaults.getProperty("carve.modules.payments.url")).isEqualTo("localhost:9193");
	}

	private ResponseSpec placeOrder(UUID customerId, String sku, int quantity) {
		return this.orders.post()
			.uri("/api/v1/orders")
			.header(HttpHeaders.AUTHORIZATION, bearer(identity.customer(customerId)))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"lines\": [{\"sku\": \"%s\", \"quantity\": %d}]}".formatted(sku, quantity))
			.exchange();
	}

	private JsonNode history(UUID customerId) {
		return body(this.orders.get()
			.uri("/api/v1/orders")
			.header(HttpHeaders.AUTHORIZATION, bearer(identity.customer(customerId)))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody());
	}

	private static JsonNode body(byte[] body) {
		return json.readTree(body);
	}

	private static OrderServiceBlockingStub stub(Channel channel) {
		return OrderServiceGrpc.newBlockingStub(channel).withDeadlineAfter(5, TimeUnit.SECONDS);
	}

}
