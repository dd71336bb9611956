package dev.carve.shop.orders;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.carve.contracts.inventory.InventoryGateway;
import dev.carve.contracts.inventory.ReserveStock;
import dev.carve.contracts.inventory.StockLine;
import dev.carve.contracts.payments.AuthorizePayment;
import dev.carve.contracts.payments.PaymentDeclinedException;
import dev.carve.contracts.payments.PaymentGateway;
import dev.carve.kernel.Money;
import dev.carve.shop.ShopClient;
import dev.carve.shop.ShopIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * An order that a crash left PENDING is finished by the recovery sweep, with the real
 * inventory and payments modules. The crash is reproduced by what it leaves behind: the
 * order's stock reserved through the inventory gateway and the order stored as the saga
 * stores it, older than {@code shop.orders.recovery.pending-after}, with nothing after
 * that, as a process killed between the reservation and the authorization would leave it.
 */
@ShopIntegrationTest
class StuckOrderIntegrationTests {

	private static final Pattern SUBJECT = Pattern.compile("\"sub\"\\s*:\\s*\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	InventoryGateway inventory;

	@Autowired
	PaymentGateway payments;

	@Test
	void anOrderLeftBetweenReservationAndPaymentIsRejectedWithItsStockReleasedAndNoMoneyHeld() {
		ShopClient shop = new ShopClient(this.port);
		String customer = shop.newCustomer();
		UUID customerId = subjectOf(customer);
		String sku = shop.newProduct("4.00", 5);
		UUID orderId = UUID.randomUUID();
		this.inventory.reserve(new ReserveStock(orderId, List.of(new StockLine(sku, 3))));
		assertThat(shop.stock(sku).get("reserved").asInt()).isEqualTo(3);
		// Stored last, so that the sweep cannot find the order before its reservation.
		storePendingSinceAnHourAgo(orderId, customerId, sku, 3);

		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
			JsonNode order = shop.send("GET", "/api/v1/orders/" + orderId, null, customer).expect(200).json();
			assertThat(order.get("status").asString()).isEqualTo("REJECTED");
			assertThat(order.get("rejectionReason").asString()).isEqualTo("not completed in time");
		});
		JsonNode stock = shop.stock(sku);
		assertThat(stock.get("reserved").asInt()).isZero();
		assertThat(stock.get("onHand").asInt()).isEqualTo(5);
		assertThat(this.jdbc.queryForObject("SELECT status FROM inventory.reservations WHERE order_id = ?",
				String.class, orderId))
			.isEqualTo("RELEASED");

		assertThatExceptionOfType(PaymentDeclinedException.class).as("the crashed placement's authorization, late")
			.isThrownBy(
					() -> this.payments.authorize(new AuthorizePayment(orderId, customerId, Money.of("12.00", "EUR"))));
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM payments.payments WHERE order_id = ? AND status IN ('AUTHORIZED', 'CAPTURED')",
				Integer.class, orderId))
			.isZero();
	}

	/** The order as the saga stores it before reserving, an hour ago. */
	private void storePendingSinceAnHourAgo(UUID orderId, UUID customerId, String sku, int quantity) {
		this.jdbc.update("INSERT INTO orders.orders (id, customer_id, status, total_amount, currency, created_at,"
				+ " updated_at, version) VALUES (?, ?, 'PENDING', ?, 'EUR', now() - interval '1 hour',"
				+ " now() - interval '1 hour', 0)", orderId, customerId, 4 * quantity);
		this.jdbc.update("INSERT INTO orders.order_lines (order_id, line_no, sku, quantity, unit_price)"
				+ " VALUES (?, 0, ?, ?, 4.00)", orderId, sku, quantity);
	}

	private static UUID subjectOf(String token) {
		String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
		Matcher subject = SUBJECT.matcher(claims);
		assertThat(subject.find()).as("the token names its subject").isTrue();
		return UUID.fromString(subject.group(1));
	}

}
