package dev.carve.endtoend;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import dev.carve.testkit.PostgresServer;
import dev.carve.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The monolith, started from its jar, killed (SIGKILL) in the middle of an order: after
 * the stock was reserved, while the payment provider is being asked. Started again on its
 * database, it finishes the order within its recovery sweep's bounds — rejected or
 * confirmed, and a rejected order holds neither stock nor money.
 */
class CrashedOrderIntegrationTests {

	private static ServiceProcess monolith;

	@BeforeAll
	static void start() {
		monolith = ServiceProcess.monolith(Map.of(
				// An order left PENDING by a crash is finished after 5 s, looked for
				// every
				// second; money held for an order that is not confirmed likewise.
				"SHOP_ORDERS_RECOVERY_PENDINGAFTER", "5s", "SHOP_ORDERS_RECOVERY_INTERVAL", "1s",
				"SHOP_PAYMENTS_RECONCILIATION_UNSETTLEDAFTER", "5s", "SHOP_PAYMENTS_RECONCILIATION_INTERVAL", "1s"));
		monolith.start();
	}

	@AfterAll
	static void stop() {
		if (monolith != null) {
			monolith.stop();
		}
	}

	@Test
	void anOrderCutShortByACrashIsFinishedAfterTheRestartAndARejectedOneHoldsNothing() {
		String shop = monolith.httpUrl();
		String admin = ShopUser.admin(shop);
		String customer = ShopUser.newCustomer(shop);
		String sku = "CRASH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		ShopUser.send(shop, "POST", "/api/v1/catalog/products",
				Map.of("sku", sku, "name", "Mug " + sku, "price", Map.of("amount", "4.00", "currency", "EUR")), admin)
			.expect(201);
		ShopUser.send(shop, "PUT", "/api/v1/inventory/stock/" + sku, Map.of("onHand", 10), admin).expect(201);
		// The provider takes a minute to answer: the order waits in authorize, its stock
		// reserved, when the process is killed.
		ShopUser
			.send(shop, "PUT", "/api/v1/payments/simulator", Map.of("declineAll", false, "latencyMillis", 60000), admin)
			.expect(200);
		CompletableFuture<ShopUser.Answer> order = CompletableFuture
			.supplyAsync(() -> ShopUser.order(shop, customer, sku, 2));
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> stock(shop, admin, sku).get("reserved").asInt() == 2);
		String orderId = jdbc().queryForObject("select id::text from orders.orders", String.class);
		assertThat(status(orderId)).isEqualTo("PENDING");

		monolith.stop();
		assertThat(order).failsWithin(Duration.ofSeconds(10));
		monolith.start();

		String adminAgain = ShopUser.admin(shop);
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> !"PENDING".equals(status(orderId)));
		JsonNode payment = ShopUser.send(shop, "GET", "/api/v1/payments/" + orderId, null, adminAgain).json();
		if ("REJECTED".equals(status(orderId))) {
			await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
				JsonNode stock = stock(shop, adminAgain, sku);
				assertThat(stock.get("reserved").asInt()).as("stock reserved for the rejected order").isZero();
				assertThat(stock.get("available").asInt()).isEqualTo(10);
				ShopUser.Answer held = ShopUser.send(shop, "GET", "/api/v1/payments/" + orderId, null, adminAgain);
				assertThat(held.raw().statusCode() == 404 || !"AUTHORIZED".equals(held.json().get("status").asString()))
					.as("no money held for the rejected order: " + held.raw().body())
					.isTrue();
			});
		}
		else {
			assertThat(status(orderId)).isEqualTo("CONFIRMED");
			assertThat(payment.get("status").asString()).isIn("AUTHORIZED", "CAPTURED");
			assertThat(stock(shop, adminAgain, sku).get("available").asInt()).isEqualTo(8);
		}
		System.out.println("crashed order " + orderId + " ended " + status(orderId) + ", payment "
				+ ShopUser.send(shop, "GET", "/api/v1/payments/" + orderId, null, adminAgain).raw().body());
	}

	private static JsonNode stock(String shop, String token, String sku) {
		return ShopUser.send(shop, "GET", "/api/v1/inventory/stock/" + sku, null, token).expect(200).json();
	}

	private static String status(String orderId) {
		return jdbc().queryForObject("select status from orders.orders where id = ?::uuid", String.class, orderId);
	}

	private static JdbcTemplate jdbc() {
		PostgresServer postgres = TestInfrastructure.postgres();
		return new JdbcTemplate(
				new DriverManagerDataSource(monolith.databaseUrl(), postgres.username(), postgres.password()));
	}

}
