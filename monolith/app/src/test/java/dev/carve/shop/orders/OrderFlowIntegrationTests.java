package dev.carve.shop.orders;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.carve.shop.ShopClient;
import dev.carve.shop.ShopIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Placing orders across catalog, inventory and payments, when things go right and wrong.
 */
@ShopIntegrationTest
class OrderFlowIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void outOfStockIsRejectedAndNothingStaysReserved() {
		ShopClient shop = new ShopClient(this.port);
		String customer = shop.newCustomer();
		String sku = shop.newProduct("3.00", 2);

		JsonNode problem = shop.order(customer, sku, 3).problem(409, "out-of-stock");
		assertThat(problem.get("detail").asString()).contains(sku);
		String orderId = problem.get("orderId").asString();

		JsonNode order = shop.send("GET", "/api/v1/orders/" + orderId, null, customer).expect(200).json();
		assertThat(order.get("status").asString()).isEqualTo("REJECTED");
		assertThat(order.get("rejectionReason").asString()).contains(sku);
		JsonNode stock = shop.stock(sku);
		assertThat(stock.get("reserved").asInt()).isZero();
		assertThat(stock.get("onHand").asInt()).isEqualTo(2);
	}

	@Test
	void declinedPaymentIsRejectedAndTheReservationReleased() {
		ShopClient shop = new ShopClient(this.port);
		String customer = shop.newCustomer();
		String sku = shop.newProduct("600.00", 5);

		JsonNode problem = shop.order(customer, sku, 2).problem(402, "payment-declined");
		String orderId = problem.get("orderId").asString();

		JsonNode order = shop.send("GET", "/api/v1/orders/" + orderId, null, customer).expect(200).json();
		assertThat(order.get("status").asString()).isEqualTo("REJECTED");
		assertThat(order.get("rejectionReason").asString()).isNotBlank();
		JsonNode stock = shop.stock(sku);
		assertThat(stock.get("reserved").asInt()).isZero();
		assertThat(stock.get("available").asInt()).isEqualTo(5);
	}

	@Test
	void twentyConcurrentOrdersForTheLastFiveUnits() throws Exception {
		ShopClient shop = new ShopClient(this.port);
		String sku = shop.newProduct("1.00", 5);
		List<String> customers = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			customers.add(shop.newCustomer());
		}
		List<Callable<Integer>> orders = customers.stream()
			.<Callable<Integer>>map((customer) -> () -> shop.order(customer, sku, 1).status())
			.toList();
		List<Integer> statuses = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(20)) {
			for (Future<Integer> status : pool.invokeAll(orders)) {
				statuses.add(status.get());
			}
		}
		assertThat(statuses).filteredOn((status) -> status == 201).hasSize(5);
		assertThat(statuses).filteredOn((status) -> status == 409).hasSize(15);
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
			JsonNode stock = shop.stock(sku);
			assertThat(stock.get("onHand").asInt()).isZero();
			assertThat(stock.get("reserved").asInt()).isZero();
		});
		assertThat(this.jdbc.queryForObject("SELECT min(on_hand - reserved) FROM inventory.stock WHERE sku = ?",
				Integer.class, sku))
			.isGreaterThanOrEqualTo(0);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM orders.orders o JOIN orders.order_lines l"
				+ " ON l.order_id = o.id WHERE l.sku = ? AND o.status = 'CONFIRMED'", Integer.class, sku))
			.isEqualTo(5);
	}

}
