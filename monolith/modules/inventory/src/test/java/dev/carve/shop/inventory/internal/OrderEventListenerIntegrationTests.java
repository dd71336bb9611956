package dev.carve.shop.inventory.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.carve.contracts.inventory.InventoryGateway;
import dev.carve.contracts.inventory.ReserveStock;
import dev.carve.contracts.inventory.StockLine;
import dev.carve.contracts.orders.OrderCancelled;
import dev.carve.contracts.orders.OrderConfirmed;
import dev.carve.contracts.orders.OrderedLine;
import dev.carve.kernel.Money;
import dev.carve.runtime.events.InProcessEventDispatcher;
import dev.carve.testkit.WithPostgres;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@WithPostgres
@ExtendWith(OutputCaptureExtension.class)
class OrderEventListenerIntegrationTests {

	@Autowired
	InProcessEventDispatcher dispatcher;

	@Autowired
	InventoryGateway gateway;

	@Autowired
	StockKeeping inventory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReservationExpiry expiry;

	@Autowired
	MeterRegistry meters;

	@Test
	void aConfirmedOrderCommitsItsReservationOnceHoweverOftenTheEventComes() {
		String sku = stocked(10);
		UUID order = reserved(sku, 3);
		OrderConfirmed confirmed = confirmed(order, sku, 3);

		this.dispatcher.dispatch(confirmed);
		this.dispatcher.dispatch(confirmed);

		assertThat(stock(sku)).containsEntry("on_hand", 7).containsEntry("reserved", 0);
		assertThat(status(order)).isEqualTo("COMMITTED");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM inventory.inbox WHERE event_id = ?", Integer.class,
				confirmed.eventId()))
			.isEqualTo(1);
	}

	@Test
	void theInboxIgnoresARedeliveredConfirmationEvenWhenCommittingAgainWouldChangeStock() {
		String sku = stocked(10);
		UUID order = reserved(sku, 2);
		OrderConfirmed confirmed = confirmed(order, sku, 2);
		this.dispatcher.dispatch(confirmed);
		this.dispatcher.dispatch(cancelled(order, sku, 2));
		this.gateway.reserve(new ReserveStock(order, List.of(new StockLine(sku, 2))));

		this.dispatcher.dispatch(confirmed);

		assertThat(status(order)).isEqualTo("RESERVED");
		assertThat(stock(sku)).containsEntry("on_hand", 10).containsEntry("reserved", 2);
	}

	@Test
	void aConfirmedOrderWithoutReservationChangesNothingAndDoesNotFail() {
		String sku = stocked(10);
		UUID order = reserved(sku, 2);
		this.gateway.release(order);

		this.dispatcher.dispatch(confirmed(order, sku, 2));

		assertThat(stock(sku)).containsEntry("on_hand", 10).containsEntry("reserved", 0);
		assertThat(status(order)).isEqualTo("RELEASED");
	}

	@Test
	void aConfirmationThatFindsNothingHeldIsAnAlertWithTheOrdersId(CapturedOutput output) {
		String sku = stocked(10);
		UUID order = reserved(sku, 2);
		this.gateway.release(order);
		double alerts = oversellAlerts();

		this.dispatcher.dispatch(confirmed(order, sku, 2));

		assertThat(oversellAlerts()).isEqualTo(alerts + 1);
		assertThat(output.getOut()).contains("ERROR")
			.contains("Order " + order + " was confirmed but holds no reservation");
	}

	@Test
	void aReservationCommittedAtConfirmationOutlivesItsTtlAndALateEventChangesNothing() {
		String sku = stocked(10);
		UUID order = reserved(sku, 3);
		this.gateway.commit(order);
		this.jdbc.update("UPDATE inventory.reservations SET expires_at = now() - interval '1 hour' WHERE order_id = ?",
				order);
		this.expiry.releaseExpired();
		UUID rest = reserved(sku, 7);
		double alerts = oversellAlerts();

		this.dispatcher.dispatch(confirmed(order, sku, 3));

		assertThat(status(order)).isEqualTo("COMMITTED");
		assertThat(status(rest)).isEqualTo("RESERVED");
		assertThat(stock(sku)).containsEntry("on_hand", 7).containsEntry("reserved", 7);
		assertThat(oversellAlerts()).isEqualTo(alerts);
	}

	@Test
	void aCancelledOrderGivesItsStockBack() {
		String sku = stocked(10);
		UUID held = reserved(sku, 2);
		UUID committed = reserved(sku, 3);
		this.gateway.commit(committed);

		this.dispatcher.dispatch(cancelled(held, sku, 2));
		OrderCancelled cancelledAfterCommit = cancelled(committed, sku, 3);
		this.dispatcher.dispatch(cancelledAfterCommit);
		this.dispatcher.dispatch(cancelledAfterCommit);

		assertThat(stock(sku)).containsEntry("on_hand", 10).containsEntry("reserved", 0);
		assertThat(status(held)).isEqualTo("RELEASED");
		assertThat(status(committed)).isEqualTo("RELEASED");
	}

	private double oversellAlerts() {
		return this.meters.get("shop.inventory.oversell.alerts").counter().count();
	}

	private String stocked(int onHand) {
		String sku = "E-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		this.inventory.setStock(sku, onHand, 0);
		return sku;
	}

	private UUID reserved(String sku, int quantity) {
		UUID order = UUID.randomUUID();
		this.gateway.reserve(new ReserveStock(order, List.of(new StockLine(sku, quantity))));
		return order;
	}

	private static OrderConfirmed confirmed(UUID order, String sku, int quantity) {
		return new OrderConfirmed(UUID.randomUUID(), order, UUID.randomUUID(), UUID.randomUUID(),
				List.of(new OrderedLine(sku, quantity, Money.of("2.50", "EUR"))),
				Money.of("2.50", "EUR").times(quantity), Instant.now());
	}

	private static OrderCancelled cancelled(UUID order, String sku, int quantity) {
		return new OrderCancelled(UUID.randomUUID(), order, UUID.randomUUID(), null,
				List.of(new OrderedLine(sku, quantity, Money.of("2.50", "EUR"))), "changed mind", Instant.now());
	}

	private Map<String, Object> stock(String sku) {
		return this.jdbc.queryForMap("SELECT on_hand, reserved FROM inventory.stock WHERE sku = ?", sku);
	}

	private String status(UUID order) {
		return this.jdbc.queryForObject("SELECT status FROM inventory.reservations WHERE order_id = ?", String.class,
				order);
	}

}
