package dev.carve.endtoend;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import dev.carve.testkit.FreePorts;
import dev.carve.testkit.TestKafka;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The shop split across processes: the monolith with inventory called over gRPC and
 * payments over HTTP, and inventory-service and payments-service started from their jars
 * as processes of their own, each with its own database. Tokens come from the monolith's
 * identity module; the services check them through its JWKS. Events cross the processes
 * over the test JVM's Kafka broker.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExtractedModulesIntegrationTests {

	private static ServiceProcess inventory;

	private static ServiceProcess payments;

	private static ConfigurableApplicationContext monolith;

	private static String shop;

	private String admin;

	private String customer;

	private String sku;

	@BeforeAll
	static void start() {
		int monolithPort = FreePorts.next();
		shop = "http://127.0.0.1:" + monolithPort;
		Map<String, String> inventoryEnvironment = ServiceProcess.environment(shop);
		// A reservation the monolith could not release lapses; short here so the test
		// sees it.
		inventoryEnvironment.put("SHOP_INVENTORY_RESERVATIONTTL", "10s");
		inventoryEnvironment.put("SHOP_INVENTORY_EXPIRYINTERVAL", "1s");
		inventory = new ServiceProcess("inventory", inventoryEnvironment);
		Map<String, String> paymentsEnvironment = ServiceProcess.environment(shop);
		paymentsEnvironment.put("SHOP_PAYMENTS_SIMULATOR_DECLINEABOVE", "1000.00");
		payments = new ServiceProcess("payments", paymentsEnvironment);
		CompletableFuture<Void> services = CompletableFuture.allOf(CompletableFuture.runAsync(inventory::start),
				CompletableFuture.runAsync(payments::start));
		monolith = startMonolith(monolithPort);
		services.join();
	}

	@AfterAll
	static void stop() {
		if (monolith != null) {
			monolith.close();
		}
		if (inventory != null) {
			inventory.stop();
		}
		if (payments != null) {
			payments.stop();
		}
	}

	@BeforeEach
	void shopIsOpen() {
		this.admin = ShopUser.admin(shop);
		this.customer = ShopUser.newCustomer(shop);
		this.sku = "E2E-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
		ShopUser
			.send(shop, "POST", "/api/v1/catalog/products", Map.of("sku", this.sku, "name", "Mug " + this.sku, "price",
					Map.of("amount", "12.50", "currency", "EUR")), this.admin)
			.expect(201);
		ShopUser
			.send(inventory.httpUrl(), "PUT", "/api/v1/inventory/stock/" + this.sku, Map.of("onHand", 10), this.admin)
			.expect(201);
	}

	@Test
	@Order(1)
	void anOrderCrossesTheMonolithAndBothServices() {
		JsonNode order = ShopUser.order(shop, this.customer, this.sku, 2).expect(201).json();
		assertThat(order.get("status").asString()).isEqualTo("CONFIRMED");
		assertThat(stock().get("available").asInt()).isEqualTo(8);
		JsonNode payment = ShopUser
			.send(payments.httpUrl(), "GET", "/api/v1/payments/" + order.get("id").asString(), null, this.admin)
			.expect(200)
			.json();
		assertThat(new java.math.BigDecimal(payment.get("amount").get("amount").asString()))
			.isEqualByComparingTo("25.00");
		String orderId = order.get("id").asString();
		// OrderConfirmed goes from the monolith's outbox over Kafka to both services, and
		// PaymentCaptured from payments-service's outbox back to the monolith.
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> "CAPTURED".equals(paymentStatus(orderId)));
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> stock().get("onHand").asInt() == 8 && stock().get("reserved").asInt() == 0);
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> jdbc().queryForObject("select captured_at is not null from orders.orders where id = ?::uuid",
					Boolean.class, orderId));
	}

	@Test
	@Order(2)
	void aRefusalInARemoteModuleIsTheSameProblemAsInProcess() {
		ShopUser.order(shop, this.customer, this.sku, 11).problem(409, "out-of-stock");
		assertThat(stock().get("available").asInt()).isEqualTo(10);
		assertThat(ordersLeftPending()).isZero();
	}

	@Test
	@Order(3)
	void withInventoryDownOrdersGetA503QuicklyAndNothingIsLeftHalfDone() {
		inventory.stop();
		long started = System.nanoTime();
		ShopUser.Answer answer = ShopUser.order(shop, this.customer, this.sku, 1);
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		JsonNode problem = answer.problem(503, "module-unavailable");
		assertThat(problem.get("module").asString()).isEqualTo("inventory");
		assertThat(answer.raw().headers().firstValue("Retry-After")).isPresent();
		assertThat(took).isLessThan(Duration.ofSeconds(10));
		assertThat(ordersLeftPending()).isZero();
		assertThat(lastOrderStatus()).isEqualTo("REJECTED");

		inventory.start();
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> ShopUser.order(shop, this.customer, this.sku, 1).status() == 201);
		assertThat(stock().get("available").asInt()).isEqualTo(9);
	}

	@Test
	@Order(4)
	void withPaymentsDownTheReservationIsReleasedAndTheOrderRejected() {
		payments.stop();
		ShopUser.order(shop, this.customer, this.sku, 3).problem(503, "module-unavailable");
		// Released at once, or — when the monolith's circuit to inventory still counts
		// the
		// failures of the outage before and refuses the release — lapsed after its time.
		await().atMost(Duration.ofSeconds(45))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> stock().get("available").asInt() == 10);
		assertThat(stock().get("reserved").asInt()).isZero();
		assertThat(ordersLeftPending()).isZero();
		assertThat(lastOrderStatus()).isEqualTo("REJECTED");

		payments.start();
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> ShopUser.order(shop, this.customer, this.sku, 3).status() == 201);
		assertThat(stock().get("available").asInt()).isEqualTo(7);
	}

	@Test
	@Order(5)
	void aProviderSlowerThanTheDeadlineRejectsTheOrderAndNoMoneyStaysHeld() {
		// The monolith's payments client gives up after its 2 s deadline; the provider
		// answers after 4 s.
		simulateProviderLatency(4000);
		try {
			ShopUser.order(shop, this.customer, this.sku, 1).problem(503, "module-unavailable");
			assertThat(lastOrderStatus()).isEqualTo("REJECTED");
			assertThat(ordersLeftPending()).isZero();
			String orderId = jdbc()
				.queryForObject("select id::text from orders.orders order by created_at desc limit 1", String.class);
			// The authorization that arrives after the order was rejected is voided.
			await().atMost(Duration.ofSeconds(30))
				.pollInterval(Duration.ofMillis(500))
				.untilAsserted(() -> assertThat(paymentStatus(orderId)).isEqualTo("VOIDED"));
			await().atMost(Duration.ofSeconds(30))
				.pollInterval(Duration.ofMillis(500))
				.untilAsserted(() -> assertThat(stock().get("available").asInt()).isEqualTo(10));
		}
		finally {
			simulateProviderLatency(0);
		}
	}

	@Test
	@Order(6)
	void ordersConfirmedWhileTheBrokerIsDownKeepTheirStockPastTheReservationTtl() throws InterruptedException {
		List<String> orderIds = new ArrayList<>();
		try (TestKafka.Outage outage = TestKafka.shared().outage()) {
			for (int i = 0; i < 3; i++) {
				JsonNode order = ShopUser.order(shop, this.customer, this.sku, 1).expect(201).json();
				assertThat(order.get("status").asString()).isEqualTo("CONFIRMED");
				orderIds.add(order.get("id").asString());
			}
			// Longer than the reservations' 10 s, with inventory-service's expiry running
			// every second; OrderConfirmed waits in the monolith's outbox.
			Thread.sleep(12_000);
			assertThat(stock().get("onHand").asInt()).as("stock on hand with the broker down").isEqualTo(7);
		}
		// The events held back arrive late: payments are captured, the stock stays sold
		// once.
		for (String orderId : orderIds) {
			await().atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofMillis(500))
				.until(() -> "CAPTURED".equals(paymentStatus(orderId)));
		}
		JsonNode stock = stock();
		assertThat(stock.get("onHand").asInt()).isEqualTo(7);
		assertThat(stock.get("reserved").asInt()).isZero();
		assertThat(ShopUser
			.send(inventory.httpUrl(), "GET", "/actuator/metrics/shop.inventory.oversell.alerts", null, this.admin)
			.expect(200)
			.json()
			.get("measurements")
			.get(0)
			.get("value")
			.asDouble()).as("oversell alerts").isZero();
	}

	private void simulateProviderLatency(long millis) {
		ShopUser
			.send(payments.httpUrl(), "PUT", "/api/v1/payments/simulator",
					Map.of("declineAll", false, "latencyMillis", millis), this.admin)
			.expect(200);
	}

	/** The status of the order's payment, as payments-service shows it. */
	private String paymentStatus(String orderId) {
		return ShopUser.send(payments.httpUrl(), "GET", "/api/v1/payments/" + orderId, null, this.admin)
			.expect(200)
			.json()
			.get("status")
			.asString();
	}

	private JsonNode stock() {
		return ShopUser.send(inventory.httpUrl(), "GET", "/api/v1/inventory/stock/" + this.sku, null, this.admin)
			.expect(200)
			.json();
	}

	private static int ordersLeftPending() {
		return jdbc().queryForObject("select count(*) from orders.orders where status = 'PENDING'", Integer.class);
	}

	private static String lastOrderStatus() {
		List<String> statuses = jdbc().queryForList("select status from orders.orders order by created_at desc limit 1",
				String.class);
		return statuses.getFirst();
	}

	private static JdbcTemplate jdbc() {
		return monolith.getBean(JdbcTemplate.class);
	}

	private static ConfigurableApplicationContext startMonolith(int port) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("carve.modules.inventory.mode", "grpc");
		properties.put("carve.modules.inventory.url", inventory.grpcTarget());
		properties.put("carve.modules.payments.mode", "http");
		properties.put("carve.modules.payments.url", payments.httpUrl());
		for (String module : List.of("inventory", "payments")) {
			properties.put("carve.modules." + module + ".client.circuit-breaker.wait-in-open-state", "2s");
		}
		properties.put("carve.events.kafka.enabled", true);
		properties.put("spring.kafka.bootstrap-servers", TestKafka.shared().bootstrapServers());
		return Monoliths.start(port, properties);
	}

}
