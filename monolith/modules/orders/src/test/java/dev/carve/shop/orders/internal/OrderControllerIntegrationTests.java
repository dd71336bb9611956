package dev.carve.shop.orders.internal;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.carve.shop.orders.OrdersApi.Reply;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The orders HTTP API apart from the saga: validation, look-up, history and cancellation,
 * over real HTTP against a real database.
 */
class OrderControllerIntegrationTests extends OrdersIntegrationTestSupport {

	OrderControllerIntegrationTests() {
		super("5.00", 100);
	}

	@Test
	void refusesInvalidLinesNamingEachFieldAndStoresNothing() {
		Reply reply = this.api.place(this.customer,
				"{\"lines\":[{\"sku\":\" \",\"quantity\":0},{\"sku\":\"A\",\"quantity\":1001},{\"sku\":\"B\"}]}");
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("type").asString()).isEqualTo("urn:carve:problem:validation-failed");
		assertThat(fields(reply)).containsExactlyInAnyOrder("lines[0].sku", "lines[0].quantity", "lines[1].quantity",
				"lines[2].quantity");
		assertThat(this.rows.ordersOf(this.customer)).isEmpty();
	}

	@Test
	void refusesAnOrderWithoutLines() {
		assertThat(fields(this.api.place(this.customer, "{\"lines\":[]}"))).containsExactly("lines");
		assertThat(fields(this.api.place(this.customer, "{}"))).containsExactly("lines");
	}

	@Test
	void refusesMoreLinesThanTheLimit() {
		String lines = IntStream.range(0, 51)
			.mapToObj((i) -> "{\"sku\":\"" + this.sku + "\",\"quantity\":1}")
			.collect(Collectors.joining(",", "{\"lines\":[", "]}"));
		Reply reply = this.api.place(this.customer, lines);
		assertThat(reply.status()).isEqualTo(400);
		assertThat(fields(reply)).containsExactly("lines");
		assertThat(reply.json().get("errors").get(0).get("message").asString()).isEqualTo("must have at most 50 lines");
	}

	@Test
	void refusesLinesOfOneSkuThatTogetherExceedTheLimit() {
		Reply reply = this.api.place(this.customer, "{\"lines\":[{\"sku\":\"" + this.sku + "\",\"quantity\":600},"
				+ "{\"sku\":\"" + this.sku + "\",\"quantity\":500}]}");
		assertThat(reply.status()).isEqualTo(400);
		assertThat(fields(reply)).containsExactly("lines[1].quantity");
	}

	@Test
	void refusesCallersWithoutAToken() {
		int status = this.client.post()
			.uri("/api/v1/orders")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"lines\":[{\"sku\":\"" + this.sku + "\",\"quantity\":1}]}")
			.exchange()
			.returnResult()
			.getStatus()
			.value();
		assertThat(status).isEqualTo(401);
		assertThat(this.rows.ordersOf(this.customer)).isEmpty();
	}

	@Test
	void showsAnOrderToItsCustomerOnly() {
		UUID orderId = this.api.place(this.customer, this.sku, 2).orderId();
		Reply own = this.api.get(this.customer, "/api/v1/orders/" + orderId);
		assertThat(own.status()).isEqualTo(200);
		assertThat(own.orderId()).isEqualTo(orderId);
		assertThat(own.json().get("total").get("amount").decimalValue()).isEqualByComparingTo("10.00");
		Reply foreign = this.api.get(UUID.randomUUID(), "/api/v1/orders/" + orderId);
		assertThat(foreign.status()).isEqualTo(404);
		assertThat(foreign.json().get("type").asString()).isEqualTo("urn:carve:problem:order-not-found");
		assertThat(foreign.json().get("detail").asString()).isEqualTo("No order " + orderId);
	}

	@Test
	void listsTheCustomersOrdersNewestFirstInPages() {
		UUID first = this.api.place(this.customer, this.sku, 1).orderId();
		UUID second = this.api.place(this.customer, this.sku, 2).orderId();
		UUID third = this.api.place(this.customer, this.sku, 3).orderId();
		this.api.place(UUID.randomUUID(), this.sku, 1);
		JsonNode page = this.api.get(this.customer, "/api/v1/orders?page=0&size=2").json();
		assertThat(ids(page)).containsExactly(third, second);
		assertThat(page.get("page").asInt()).isZero();
		assertThat(page.get("size").asInt()).isEqualTo(2);
		assertThat(page.get("totalItems").asLong()).isEqualTo(3);
		assertThat(page.get("totalPages").asLong()).isEqualTo(2);
		assertThat(ids(this.api.get(this.customer, "/api/v1/orders?page=1&size=2").json())).containsExactly(first);
		assertThat(fields(this.api.get(this.customer, "/api/v1/orders?size=0"))).containsExactly("size");
		assertThat(fields(this.api.get(this.customer, "/api/v1/orders?size=101"))).containsExactly("size");
	}

	@Test
	void cancelsAConfirmedOrderOnce() {
		UUID orderId = this.api.place(this.customer, this.sku, 2).orderId();
		Reply cancelled = this.api.post(this.customer, "/api/v1/orders/" + orderId + "/cancel");
		assertThat(cancelled.status()).isEqualTo(200);
		assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
		assertThat(cancelled.json().get("cancellationReason").asString()).isEqualTo("cancelled by customer");
		assertThat(this.rows.order(orderId)).containsEntry("status", "CANCELLED");
		assertThat(this.rows.events(orderId)).containsExactly("OrderPlaced", "OrderConfirmed", "OrderCancelled");
		assertThat(this.rows.payloads(orderId, "OrderCancelled")).singleElement()
			.asString()
			.contains("cancelled by customer");
		Reply again = this.api.post(this.customer, "/api/v1/orders/" + orderId + "/cancel");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("type").asString()).isEqualTo("urn:carve:problem:order-not-cancellable");
		assertThat(again.json().get("status").asInt()).isEqualTo(409);
		assertThat(again.json().get("orderStatus").asString()).isEqualTo("CANCELLED");
		assertThat(this.rows.events(orderId)).hasSize(3);
	}

	@Test
	void refusesToCancelARejectedOrAnotherCustomersOrder() {
		this.inventory.stock(this.sku, 0);
		UUID rejected = UUID.fromString(this.api.place(this.customer, this.sku, 1).json().get("orderId").asString());
		Reply refused = this.api.post(this.customer, "/api/v1/orders/" + rejected + "/cancel");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("orderStatus").asString()).isEqualTo("REJECTED");
		assertThat(this.rows.order(rejected)).containsEntry("status", "REJECTED");
		Reply foreign = this.api.post(UUID.randomUUID(), "/api/v1/orders/" + rejected + "/cancel");
		assertThat(foreign.status()).isEqualTo(404);
	}

	private static List<String> fields(Reply reply) {
		assertThat(reply.status()).isEqualTo(400);
		return reply.json().get("errors").values().stream().map((error) -> error.get("field").asString()).toList();
	}

	private static List<UUID> ids(JsonNode page) {
		return page.get("items").values().stream().map((item) -> UUID.fromString(item.get("id").asString())).toList();
	}

}
