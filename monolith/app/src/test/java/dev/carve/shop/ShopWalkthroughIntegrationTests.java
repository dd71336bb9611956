package dev.carve.shop;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The README's walk-through, as a user does it: sign up, log in, an admin creates a
 * product and its stock, the customer orders it and sees the order confirmed, the stock
 * taken, the payment captured and the notification recorded.
 */
@ShopIntegrationTest
class ShopWalkthroughIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void orderHappyPath() {
		ShopClient shop = new ShopClient(this.port);
		String customer = shop.newCustomer();
		String sku = shop.newProduct("12.50", 10);

		JsonNode order = shop.order(customer, sku, 3).expect(201).json();
		assertThat(order.get("status").asString()).isEqualTo("CONFIRMED");
		assertThat(ShopClient.amount(order.get("total"))).isEqualByComparingTo("37.50");
		String orderId = order.get("id").asString();

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			JsonNode stock = shop.stock(sku);
			assertThat(stock.get("onHand").asInt()).isEqualTo(7);
			assertThat(stock.get("reserved").asInt()).isZero();
			assertThat(stock.get("available").asInt()).isEqualTo(7);
		});
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(shop.send("GET", "/api/v1/payments/" + orderId, null, customer)
				.expect(200)
				.json()
				.get("status")
				.asString()).isEqualTo("CAPTURED"));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			JsonNode notifications = shop.send("GET", "/api/v1/notifications", null, customer).expect(200).json();
			assertThat(notifications.get("items").valueStream().map((item) -> item.get("kind").asString()))
				.contains("ORDER_CONFIRMED");
		});

		JsonNode again = shop.send("GET", "/api/v1/orders/" + orderId, null, customer).expect(200).json();
		assertThat(again.get("status").asString()).isEqualTo("CONFIRMED");
		JsonNode history = shop.send("GET", "/api/v1/orders", null, customer).expect(200).json();
		assertThat(history.get("items").valueStream().map((item) -> item.get("id").asString())).contains(orderId);
	}

	@Test
	void anotherCustomerCannotSeeTheOrder() {
		ShopClient shop = new ShopClient(this.port);
		String sku = shop.newProduct("5.00", 5);
		String orderId = shop.order(shop.newCustomer(), sku, 1).expect(201).json().get("id").asString();
		shop.send("GET", "/api/v1/orders/" + orderId, null, shop.newCustomer()).problem(404, "order-not-found");
	}

}
