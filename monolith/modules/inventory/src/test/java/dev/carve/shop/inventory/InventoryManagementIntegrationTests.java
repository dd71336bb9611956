package dev.carve.shop.inventory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.carve.contracts.inventory.InsufficientStockException;
import dev.carve.contracts.inventory.InventoryGateway;
import dev.carve.contracts.inventory.Reservation;
import dev.carve.contracts.inventory.ReservationConflictException;
import dev.carve.contracts.inventory.ReservationNotFoundException;
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
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@WithPostgres
class InventoryManagementIntegrationTests {

	@Autowired
	InventoryGateway gateway;

	@Autowired
	StockKeeping inventory;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void reservesEveryLineAndPublishesStockReserved() {
		String mugs = stocked(10);
		String cups = stocked(4);
		UUID order = UUID.randomUUID();

		Reservation reservation = this.gateway
			.reserve(new ReserveStock(order, List.of(new StockLine(mugs, 2), new StockLine(cups, 1))));

		assertThat(reservation.orderId()).isEqualTo(order);
		assertThat(reservation.lines()).containsExactlyInAnyOrder(new StockLine(mugs, 2), new StockLine(cups, 1));
		assertThat(reservation.expiresAt()).isCloseTo(Instant.now().plus(Duration.ofMinutes(10)),
				within(Duration.ofSeconds(30)));
		assertThat(stock(mugs)).containsEntry("on_hand", 10).containsEntry("reserved", 2);
		assertThat(stock(cups)).containsEntry("on_hand", 4).containsEntry("reserved", 1);
		assertThat(outbox("StockReserved", order.toString())).isEqualTo(1);
	}

	@Test
	void reservingAgainReturnsTheSameReservationUnchanged() {
		String sku = stocked(10);
		UUID order = UUID.randomUUID();
		Reservation first = this.gateway.reserve(new ReserveStock(order, List.of(new StockLine(sku, 3))));

		Reservation again = this.gateway.reserve(new ReserveStock(order, List.of(new StockLine(sku, 3))));

		assertThat(again).isEqualTo(first);
		assertThat(stock(sku)).containsEntry("reserved", 3);
		assertThat(outbox("StockReserved", order.toString())).isEqualTo(1);
	}

	@Test
	void reservingAgainForOtherLinesIsRefusedAndChangesNothing() {
		String sku = stocked(10);
		UUID order = UUID.randomUUID();
		this.gateway.reserve(new ReserveStock(order, List.of(new StockLine(sku, 3))));

		assertThatExceptionOfType(ReservationConflictException.class)
			.isThrownBy(() -> this.gateway.reserve(new ReserveStock(order, List.of(new StockLine(sku, 5)))))
			.satisfies((refusal) -> assertThat(refusal.orderId()).isEqualTo(order));

		assertThat(stock(sku)).containsEntry("reserved", 3);
		assertThat(outbox("StockReserved", order.toString())).isEqualTo(1);
	}

	@Test
	void reservesNothingWhenOneLineIsShort() {
		String plenty = stocked(10);
		String scarce = stocked(1);
		String unknown = "NO-STOCK-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		UUID order = UUID.randomUUID();

		InsufficientStockException shortage = catchThrowableOfType(InsufficientStockException.class, () -> this.gateway
			.reserve(new ReserveStock(order, List.of(new StockLine(plenty, 4), new StockLine(scarce, 2)))));
		InsufficientStockException missing = catchThrowableOfType(InsufficientStockException.class,
				() -> this.gateway.reserve(new ReserveStock(order, List.of(new StockLine(unknown, 1)))));

		assertThat(shortage.sku()).isEqualTo(scarce);
		assertThat(shortage.available()).isEqualTo(1);
		assertThat(missing.available()).isZero();
		assertThat(stock(plenty)).containsEntry("reserved", 0);
		assertThat(stock(scarce)).containsEntry("reserved", 0);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM inventory.reservations WHERE order_id = ?",
				Integer.class, order))
			.isZero();
	}

	@Test
	void commitTakesUnitsOutOfStockOnce() {
		String sku = stocked(10);
		UUID order = UUID.randomUUID();
		this.gateway.reserve(new ReserveStock(order, List.of(new StockLine(sku, 3))));

		this.gateway.commit(order);
		this.gateway.commit(order);

		assertThat(stock(sku)).containsEntry("on_hand", 7).containsEntry("reserved", 0);
		assertThat(status(order)).isEqualTo("COMMITTED");
		this.gateway.release(order);
		assertThat(stock(sku)).containsEntry("on_hand", 7).containsEntry("reserved", 0);
	}

	@Test
	void releaseMakesUnitsAvailableAgainOnce() {
		String sku = stocked(10);
		UUID order = UUID.randomUUID();
		this.gateway.reserve(new ReserveStock(order, List.of(new StockLine(sku, 4))));

		this.gateway.release(order);
		this.gateway.release(order);
		assertThatNoException().isThrownBy(() -> this.gateway.release(UUID.randomUUID()));

		assertThat(stock(sku)).containsEntry("on_hand", 10).containsEntry("reserved", 0);
		assertThat(status(order)).isEqualTo("RELEASED");
		assertThat(catchThrowableOfType(ReservationNotFoundException.class, () -> this.gateway.commit(order)).code())
			.isEqualTo("reservation-not-found");
		assertThat(stock(sku)).containsEntry("on_hand", 10);
	}

	@Test
	void publishesStockLowWhenAvailableUnitsFallToTheThreshold() {
		String sku = stocked(5);

		this.gateway.reserve(new ReserveStock(UUID.randomUUID(), List.of(new StockLine(sku, 2))));
		assertThat(outbox("StockLow", sku)).isZero();
		this.gateway.reserve(new ReserveStock(UUID.randomUUID(), List.of(new StockLine(sku, 1))));
		this.gateway.reserve(new ReserveStock(UUID.randomUUID(), List.of(new StockLine(sku, 1))));

		assertThat(outbox("StockLow", sku)).isEqualTo(1);
	}

	private String stocked(int onHand) {
		String sku = "S-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		this.inventory.setStock(sku, onHand, null);
		return sku;
	}

	private Map<String, Object> stock(String sku) {
		return this.jdbc.queryForMap("SELECT on_hand, reserved FROM inventory.stock WHERE sku = ?", sku);
	}

	private String status(UUID order) {
		return this.jdbc.queryForObject("SELECT status FROM inventory.reservations WHERE order_id = ?", String.class,
				order);
	}

	private int outbox(String event, String key) {
		return this.jdbc.queryForObject(
				"SELECT count(*) FROM inventory.outbox WHERE event_type = ? AND aggregate_key = ?", Integer.class,
				"dev.carve.contracts.inventory." + event, key);
	}

}
