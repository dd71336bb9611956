package dev.carve.shop.orders.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import dev.carve.contracts.payments.PaymentCaptured;
import dev.carve.contracts.payments.PaymentFailed;
import dev.carve.kernel.Money;
import dev.carve.runtime.events.InProcessEventDispatcher;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The orders module's reactions to payment events, delivered the way the runtime delivers
 * them (each listener in its own transaction, behind the module's inbox).
 */
class PaymentEventsIntegrationTests extends OrdersIntegrationTestSupport {

	@Autowired
	InProcessEventDispatcher dispatcher;

	PaymentEventsIntegrationTests() {
		super("7.00", 10);
	}

	@Test
	void recordsTheFirstCaptureOfAnOrdersPayment() {
		UUID orderId = this.api.place(this.customer, this.sku, 1).orderId();
		UUID paymentId = this.payments.authorizationOf(orderId).orElseThrow().paymentId();
		Instant capturedAt = Instant.now().minusSeconds(5).truncatedTo(ChronoUnit.MICROS);
		PaymentCaptured captured = new PaymentCaptured(UUID.randomUUID(), paymentId, orderId, Money.of("7.00", "EUR"),
				capturedAt);
		this.dispatcher.dispatch(captured);
		this.dispatcher.dispatch(captured);
		this.dispatcher.dispatch(
				new PaymentCaptured(UUID.randomUUID(), paymentId, orderId, Money.of("7.00", "EUR"), Instant.now()));
		assertThat(this.rows.order(orderId)).containsEntry("status", "CONFIRMED")
			.containsEntry("captured_at", Timestamp.from(capturedAt));
	}

	@Test
	void cancelsAConfirmedOrderWhosePaymentCouldNotBeCaptured() {
		UUID orderId = this.api.place(this.customer, this.sku, 1).orderId();
		UUID paymentId = this.payments.authorizationOf(orderId).orElseThrow().paymentId();
		PaymentFailed failed = new PaymentFailed(UUID.randomUUID(), paymentId, orderId, "card expired", Instant.now());
		this.dispatcher.dispatch(failed);
		this.dispatcher.dispatch(failed);
		assertThat(this.rows.order(orderId)).containsEntry("status", "CANCELLED")
			.containsEntry("cancellation_reason", "card expired");
		assertThat(this.rows.events(orderId)).containsExactly("OrderPlaced", "OrderConfirmed", "OrderCancelled");
		assertThat(this.rows.payloads(orderId, "OrderCancelled")).singleElement()
			.asString()
			.contains(paymentId.toString(), "card expired");
		assertThat(this.api.get(this.customer, "/api/v1/orders/" + orderId).json().get("status").asString())
			.isEqualTo("CANCELLED");
	}

	@Test
	void leavesARejectedOrderAsItIsWhenItsPaymentFails() {
		this.payments.decline(this.customer, "do not honour");
		UUID orderId = UUID.fromString(this.api.place(this.customer, this.sku, 1).json().get("orderId").asString());
		this.dispatcher
			.dispatch(new PaymentFailed(UUID.randomUUID(), UUID.randomUUID(), orderId, "do not honour", Instant.now()));
		assertThat(this.rows.order(orderId)).containsEntry("status", "REJECTED")
			.containsEntry("rejection_reason", "payment declined: do not honour")
			.containsEntry("cancellation_reason", null);
		assertThat(this.rows.events(orderId)).containsExactly("OrderPlaced");
	}

}
