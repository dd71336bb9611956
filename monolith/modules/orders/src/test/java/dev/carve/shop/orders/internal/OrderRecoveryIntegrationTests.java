package dev.carve.shop.orders.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.carve.contracts.inventory.ReserveStock;
import dev.carve.contracts.inventory.StockLine;
import dev.carve.contracts.orders.OrderedLine;
import dev.carve.contracts.payments.AuthorizePayment;
import dev.carve.kernel.Money;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recovery sweep finishing orders that a crash left PENDING, and repeating
 * compensations that failed, against in-memory inventory and payments and a real
 * database. Each crash is reproduced by running the saga's steps up to the crash and then
 * making the order older than {@code shop.orders.recovery.pending-after}.
 */
class OrderRecoveryIntegrationTests extends OrdersIntegrationTestSupport {

	@Autowired
	OrderTransitions transitions;

	@Autowired
	OrderRecovery recovery;

	@Autowired
	MeterRegistry meters;

	OrderRecoveryIntegrationTests() {
		super("5.00", 10);
	}

	@Test
	void rejectsAnOrderLeftBetweenReservationAndPaymentReleasingItsStock() {
		UUID orderId = pendingOrder(3);
		this.inventory.reserve(new ReserveStock(orderId, List.of(new StockLine(this.sku, 3))));
		overdue(orderId);
		assertThat(overdueOrders()).isPositive();
		double rejectedBefore = outcomes("rejected");

		this.recovery.sweep();

		assertThat(this.rows.order(orderId)).containsEntry("status", "REJECTED")
			.containsEntry("rejection_reason", "not completed in time")
			.containsEntry("compensation_due", false);
		assertThat(this.inventory.available(this.sku)).isEqualTo(10);
		assertThat(this.inventory.holdsReservation(orderId)).isFalse();
		assertThat(this.payments.holdsMoney(orderId)).isFalse();
		assertThat(this.payments.cancelForOrderCalls(orderId)).isEqualTo(1);
		assertThat(this.rows.events(orderId)).containsExactly("OrderPlaced");
		assertThat(outcomes("rejected")).isEqualTo(rejectedBefore + 1);
		assertThat(overdueOrders()).isZero();
	}

	@Test
	void completesAnOrderLeftAfterItsPaymentWasRecordedCommittingItsStock() {
		UUID orderId = pendingOrder(2);
		this.inventory.reserve(new ReserveStock(orderId, List.of(new StockLine(this.sku, 2))));
		UUID paymentId = this.payments.authorize(new AuthorizePayment(orderId, this.customer, Money.of("10.00", "EUR")))
			.paymentId();
		this.transitions.recordAuthorization(orderId, paymentId);
		overdue(orderId);

		this.recovery.sweep();

		assertThat(this.rows.order(orderId)).containsEntry("status", "CONFIRMED")
			.containsEntry("payment_id", paymentId);
		assertThat(this.inventory.committed(orderId)).isTrue();
		assertThat(this.inventory.available(this.sku)).isEqualTo(8);
		assertThat(this.payments.holdsMoney(orderId)).isTrue();
		assertThat(this.rows.events(orderId)).containsExactly("OrderPlaced", "OrderConfirmed");
	}

	@Test
	void rejectsAnOrderWhoseStockLapsedAndGivesItsPaymentBack() {
		UUID orderId = pendingOrder(2);
		UUID paymentId = this.payments.authorize(new AuthorizePayment(orderId, this.customer, Money.of("10.00", "EUR")))
			.paymentId();
		this.transitions.recordAuthorization(orderId, paymentId);
		overdue(orderId);

		this.recovery.sweep();

		assertThat(this.rows.order(orderId)).containsEntry("status", "REJECTED")
			.containsEntry("rejection_reason", "the reservation lapsed before the order was confirmed")
			.containsEntry("compensation_due", false);
		assertThat(this.payments.holdsMoney(orderId)).isFalse();
		assertThat(this.rows.events(orderId)).containsExactly("OrderPlaced");
	}

	@Test
	void repeatsACompensationThatFailedUntilTheStockIsBack() {
		this.payments.unreachableFor(this.customer);
		this.inventory.unreachableOnRelease(this.sku);
		assertThat(this.api.place(this.customer, this.sku, 4).status()).isEqualTo(503);
		UUID orderId = onlyOrder();
		assertThat(this.rows.order(orderId)).containsEntry("status", "REJECTED")
			.containsEntry("compensation_due", true);
		assertThat(this.inventory.available(this.sku)).isEqualTo(6);

		this.recovery.sweep();
		assertThat(this.rows.order(orderId)).containsEntry("compensation_due", true);

		this.inventory.reachableOnRelease(this.sku);
		this.jdbc.update("UPDATE orders.orders SET recovery_claimed_until = NULL WHERE id = ?", orderId);
		this.recovery.sweep();

		assertThat(this.rows.order(orderId)).containsEntry("status", "REJECTED")
			.containsEntry("compensation_due", false);
		assertThat(this.inventory.available(this.sku)).isEqualTo(10);
		assertThat(this.inventory.releaseCalls(orderId)).isEqualTo(3);
	}

	@Test
	void leavesAnOrderThatIsStillBeingPlacedAlone() {
		UUID orderId = pendingOrder(1);

		this.recovery.sweep();

		assertThat(this.rows.order(orderId)).containsEntry("status", "PENDING");
		assertThat(this.payments.cancelForOrderCalls(orderId)).isZero();
	}

	@Test
	void twoSweepsNeverClaimTheSameOrder() {
		UUID orderId = pendingOrder(1);
		overdue(orderId);
		OrderRecoveryClaims claims = new OrderRecoveryClaims(this.jdbc);
		Instant now = Instant.now();

		List<UUID> first = claims.claim(now, Duration.ofMinutes(1), 1000);
		List<UUID> second = claims.claim(now, Duration.ofMinutes(1), 1000);

		assertThat(first).contains(orderId);
		assertThat(second).doesNotContain(orderId);
	}

	private UUID pendingOrder(int quantity) {
		return this.transitions
			.place(this.customer, List.of(new OrderedLine(this.sku, quantity, Money.of("5.00", "EUR"))))
			.id();
	}

	private void overdue(UUID orderId) {
		this.jdbc.update("UPDATE orders.orders SET created_at = created_at - interval '1 hour' WHERE id = ?", orderId);
	}

	private UUID onlyOrder() {
		return (UUID) this.rows.ordersOf(this.customer).getFirst().get("id");
	}

	private double overdueOrders() {
		return this.meters.get("shop.orders.pending.overdue").gauge().value();
	}

	private double outcomes(String outcome) {
		return this.meters.get("shop.orders.recovery").tag("outcome", outcome).counter().count();
	}

}
