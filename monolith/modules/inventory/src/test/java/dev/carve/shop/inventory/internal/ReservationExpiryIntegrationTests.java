package dev.carve.shop.inventory.internal;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.carve.contracts.inventory.InventoryGateway;
import dev.carve.contracts.inventory.ReserveStock;
import dev.carve.contracts.inventory.StockLine;
import dev.carve.testkit.WithPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The expiry job runs every 100 ms in these tests (see {@code application.yaml}); a
 * reservation is made to lapse by moving its expiry into the past, so that the other
 * tests of this context keep the configured ten-minute hold.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@WithPostgres
class ReservationExpiryIntegrationTests {

	@Autowired
	InventoryGateway gateway;

	@Autowired
	StockKeeping inventory;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theJobReleasesReservationsPastTheirExpiryAndNoOthers() {
		String sku = "X-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		this.inventory.setStock(sku, 10, 0);
		UUID lapsed = UUID.randomUUID();
		UUID current = UUID.randomUUID();
		this.gateway.reserve(new ReserveStock(lapsed, List.of(new StockLine(sku, 4))));
		this.gateway.reserve(new ReserveStock(current, List.of(new StockLine(sku, 1))));

		this.jdbc.update(
				"UPDATE inventory.reservations SET expires_at = now() - interval '1 second'" + " WHERE order_id = ?",
				lapsed);

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(status(lapsed)).isEqualTo("EXPIRED"));
		assertThat(this.jdbc.queryForObject("SELECT reserved FROM inventory.stock WHERE sku = ?", Integer.class, sku))
			.isEqualTo(1);
		assertThat(status(current)).isEqualTo("RESERVED");
	}

	private String status(UUID order) {
		return this.jdbc.queryForObject("SELECT status FROM inventory.reservations WHERE order_id = ?", String.class,
				order);
	}

}
