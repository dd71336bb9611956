package dev.carve.shop.orders.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.carve.kernel.Money;
import dev.carve.shop.orders.OrdersApi.Reply;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The placement saga through {@code POST /api/v1/orders}, against in-memory catalog,
 * inventory and payments that behave as their contracts say, and a real database.
 */
class OrderPlacementIntegrationTests extends OrdersIntegrationTestSupport {

	OrderPlacementIntegrationTests() {
		super("12.50", 10);
	}

	@Test
	void confirmsAnOrderWhenEveryStepSucceedsMergingLinesOfOneSku() {
		String other = "SKU-" + UUID.randomUUID();
		this.catalog.sell(other, "3.00");
		this.inventory.stock(other, 5);
		Reply reply = this.api.place(this.customer, "{\"lines\":[{\"sku\":\"" + this.sku + "\",\"quantity\":1},"
				+ "{\"sku\":\"" + other + "\",\"quantity\":2},{\"sku\":\"" + this.sku + "\",\"quantity\":2}]}");
		assertThat(reply.status()).isEqualTo(201);
		UUID orderId = reply.orderId();
		assertThat(reply.headers().getFirst(HttpHeaders.LOCATION)).endsWith("/api/v1/orders/" + orderId);
		JsonNode body = reply.json();
		assertThat(body.get("status").asString()).isEqualTo("CONFIRMED");
		assertThat(body.get("total").get("amount").decimalValue()).isEqualByComparingTo("43.50");
		assertThat(body.get("total").get("currency").asString()).isEqualTo("EUR");
		assertThat(body.get("lines")).hasSize(2);
		assertThat(body.get("lines").get(0).get("sku").asString()).isEqualTo(this.sku);
		assertThat(body.get("lines").get(0).get("quantity").asInt()).isEqualTo(3);
		assertThat(body.get("lines").get(0).get("unitPrice").get("amount").decimalValue())
			.isEqualByComparingTo("12.50");
		assertThat(body.has("rejectionReason")).isFalse();
		assertThat(body.get("createdAt").asString()).isNotBlank();
		Map<String, Object> row = this.rows.order(orderId);
		assertThat(row).containsEntry("status", "CONFIRMED").containsEntry("customer_id", this.customer);
		assertThat(row.get("payment_id")).isEqualTo(this.payments.authorizationOf(orderId).orElseThrow().paymentId());
		assertThat((BigDecimal) row.get("total_amount")).isEqualByComparingTo("43.50");
		assertThat(this.rows.lines(orderId)).containsExactly(this.sku + " x 3 @ 12.50", other + " x 2 @ 3.00");
		assertThat(this.inventory.available(this.sku)).isEqualTo(7);
		assertThat(this.rows.events(orderId)).containsExactly("OrderPlaced", "OrderConfirmed");
	}

	@Test
	void answersNotFoundForAnUnknownSkuAndStoresNothing() {
		String unknown = "SKU-" + UUID.randomUUID();
		Reply reply = this.api.place(this.customer, unknown, 1);
		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.json().get("type").asString()).isEqualTo("urn:carve:problem:unknown-sku");
		assertThat(reply.json().get("detail").asString()).contains(unknown);
		assertThat(reply.json().get("errorId").asString()).isNotBlank();
		assertThat(this.rows.ordersOf(this.customer)).isEmpty();
	}

	@Test
	void rejectsAnOrderWhoseStockIsShortWithoutAuthorizingAPayment() {
		this.inventory.stock(this.sku, 1);
		Reply reply = this.api.place(this.customer, this.sku, 2);
		assertThat(reply.status()).isEqualTo(409);
		JsonNode problem = reply.json();
		assertThat(problem.get("type").asString()).isEqualTo("urn:carve:problem:out-of-stock");
		assertThat(problem.get("status").asInt()).isEqualTo(409);
		assertThat(problem.get("orderStatus").asString()).isEqualTo("REJECTED");
		assertThat(problem.get("sku").asString()).isEqualTo(this.sku);
		UUID orderId = UUID.fromString(problem.get("orderId").asString());
		assertThat(this.rows.order(orderId)).containsEntry("status", "REJECTED")
			.containsEntry("rejection_reason", "out of stock: " + this.sku + " (2 requested, 1 available)");
		assertThat(this.payments.authorizationOf(orderId)).isEmpty();
		assertThat(this.inventory.available(this.sku)).isEqualTo(1);
		assertThat(this.rows.events(orderId)).containsExactly("OrderPlaced");
	}

	@Test
	void rejectsAnOrderWhosePaymentIsDeclinedAndReleasesItsStockOnce() {
		this.payments.decline(this.customer, "insufficient funds");
		Reply reply = this.api.place(this.customer, this.sku, 4);
		assertThat(reply.status()).isEqualTo(402);
		assertThat(reply.json().get("type").asString()).isEqualTo("urn:carve:problem:payment-declined");
		assertThat(reply.json().get("orderStatus").asString()).isEqualTo("REJECTED");
		UUID orderId = UUID.fromString(reply.json().get("orderId").asString());
		assertThat(this.inventory.releaseCalls(orderId)).isEqualTo(1);
		assertThat(this.inventory.available(this.sku)).isEqualTo(10);
		assertThat(this.rows.order(orderId)).containsEntry("status", "REJECTED")
			.containsEntry("rejection_reason", "payment declined: insufficient funds");
		Reply order = this.api.get(this.customer, "/api/v1/orders/" + orderId);
		assertThat(order.json().get("status").asString()).isEqualTo("REJECTED");
		assertThat(order.json().get("rejectionReason").asString()).isEqualTo("payment declined: insufficient funds");
	}

	@Test
	void rejectsAnOrderWhosePaymentIsNotItsTotalVoidingThePaymentAndReleasingItsStock() {
		this.payments.authorizeInsteadFor(this.customer, Money.of("0.01", "EUR"));
		Reply reply = this.api.place(this.customer, this.sku, 4);
		assertThat(reply.status()).isEqualTo(409);
		JsonNode problem = reply.json();
		assertThat(problem.get("type").asString()).isEqualTo("urn:carve:problem:payment-amount-mismatch");
		assertThat(problem.get("authorized").asString()).isEqualTo("0.01 EUR");
		assertThat(problem.get("total").asString()).isEqualTo("50.00 EUR");
		assertThat(problem.get("orderStatus").asString()).isEqualTo("REJECTED");
		UUID orderId = UUID.fromString(problem.get("orderId").asString());
		assertThat(this.rows.order(orderId)).containsEntry("status", "REJECTED")
			.containsEntry("rejection_reason", "payment authorized 0.01 EUR, not the order total 50.00 EUR");
		assertThat(this.rows.order(orderId).get("payment_id")).isNull();
		assertThat(this.payments.cancelForOrderCalls(orderId)).isEqualTo(1);
		assertThat(this.inventory.releaseCalls(orderId)).isEqualTo(1);
		assertThat(this.inventory.available(this.sku)).isEqualTo(10);
		assertThat(this.rows.events(orderId)).doesNotContain("OrderConfirmed");
	}

	@Test
	void rejectsAnOrderAndReleasesItsStockWhenPaymentsCannotBeReached() {
		this.payments.unreachableFor(this.customer);
		Reply reply = this.api.place(this.customer, this.sku, 4);
		assertThat(reply.status()).isEqualTo(503);
		assertThat(reply.json().get("type").asString()).isEqualTo("urn:carve:problem:module-unavailable");
		assertThat(reply.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("3");
		UUID orderId = onlyOrderOf(this.customer, "REJECTED", "payments unavailable");
		assertThat(this.inventory.releaseCalls(orderId)).isEqualTo(1);
		assertThat(this.inventory.available(this.sku)).isEqualTo(10);
		assertThat(this.payments.cancelForOrderCalls(orderId)).isEqualTo(1);
	}

	@Test
	void releasesAReservationWhoseAnswerWasLostAndRejectsTheOrder() {
		this.inventory.timeOutAfterReserving(this.sku);
		Reply reply = this.api.place(this.customer, this.sku, 4);
		assertThat(reply.status()).isEqualTo(503);
		assertThat(reply.json().get("module").asString()).isEqualTo("inventory");
		UUID orderId = onlyOrderOf(this.customer, "REJECTED", "inventory unavailable");
		assertThat(this.inventory.releaseCalls(orderId)).isEqualTo(1);
		assertThat(this.inventory.available(this.sku)).isEqualTo(10);
		assertThat(this.payments.authorizationOf(orderId)).isEmpty();
	}

	@Test
	void rejectsTheOrderEvenWhenReleasingItsStockFails() {
		this.payments.unreachableFor(this.customer);
		this.inventory.unreachableOnRelease(this.sku);
		Reply reply = this.api.place(this.customer, this.sku, 4);
		assertThat(reply.status()).isEqualTo(503);
		assertThat(reply.json().get("module").asString()).isEqualTo("payments");
		UUID orderId = onlyOrderOf(this.customer, "REJECTED", "payments unavailable");
		assertThat(this.inventory.releaseCalls(orderId)).isEqualTo(1);
		assertThat(this.inventory.holdsReservation(orderId)).isTrue();
	}

	@Test
	void storesNothingWhenTheCatalogCannotBeReached() {
		this.catalog.unreachableFor(this.sku);
		Reply reply = this.api.place(this.customer, this.sku, 1);
		assertThat(reply.status()).isEqualTo(503);
		assertThat(reply.json().get("module").asString()).isEqualTo("catalog");
		assertThat(this.rows.ordersOf(this.customer)).isEmpty();
	}

	private UUID onlyOrderOf(UUID customerId, String status, String reason) {
		List<Map<String, Object>> orders = this.rows.ordersOf(customerId);
		assertThat(orders).singleElement()
			.satisfies(
					(row) -> assertThat(row).containsEntry("status", status).containsEntry("rejection_reason", reason));
		return (UUID) orders.getFirst().get("id");
	}

}
