package dev.carve.shop.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.carve.contracts.inventory.InsufficientStockException;
import dev.carve.contracts.inventory.InventoryGateway;
import dev.carve.contracts.inventory.ReserveStock;
import dev.carve.contracts.inventory.StockLine;
import dev.carve.shop.inventory.internal.StockKeeping;
import dev.carve.testkit.WithPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@WithPostgres
class ConcurrentReservationIntegrationTests {

	static final int BUYERS = 20;

	@Autowired
	InventoryGateway gateway;

	@Autowired
	StockKeeping inventory;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void twentyBuyersOfTheLastFiveUnitsGiveExactlyFiveReservations() throws Exception {
		String sku = "LAST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		this.inventory.setStock(sku, 5, 0);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Boolean>> outcomes = new ArrayList<>();
		try (ExecutorService buyers = Executors.newFixedThreadPool(BUYERS)) {
			for (int i = 0; i < BUYERS; i++) {
				outcomes.add(buyers.submit(() -> {
					start.await();
					return reserveOne(sku);
				}));
			}
			start.countDown();
		}

		int successes = 0;
		for (Future<Boolean> outcome : outcomes) {
			successes += outcome.get() ? 1 : 0;
		}
		assertThat(successes).isEqualTo(5);
		assertThat(this.jdbc.queryForMap("SELECT on_hand, reserved FROM inventory.stock WHERE sku = ?", sku))
			.containsEntry("on_hand", 5)
			.containsEntry("reserved", 5);
		assertThat(
				this.jdbc.queryForObject(
						"SELECT count(*) FROM inventory.reservation_lines l JOIN inventory.reservations r"
								+ " ON r.id = l.reservation_id WHERE l.sku = ? AND r.status = 'RESERVED'",
						Integer.class, sku))
			.isEqualTo(5);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM inventory.stock WHERE on_hand - reserved < 0",
				Integer.class))
			.isZero();
	}

	private boolean reserveOne(String sku) {
		try {
			this.gateway.reserve(new ReserveStock(UUID.randomUUID(), List.of(new StockLine(sku, 1))));
			return true;
		}
		catch (InsufficientStockException ex) {
			return false;
		}
	}

}
