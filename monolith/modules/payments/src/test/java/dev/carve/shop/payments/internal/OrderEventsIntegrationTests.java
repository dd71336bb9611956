package dev.carve.shop.payments.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.carve.contracts.orders.OrderCancelled;
import dev.carve.contracts.orders.OrderConfirmed;
import dev.carve.contracts.orders.OrderedLine;
import dev.carve.contracts.payments.AuthorizePayment;
import dev.carve.contracts.payments.PaymentAuthorization;
import dev.carve.contracts.payments.PaymentGateway;
import dev.carve.kernel.Money;
import dev.carve.runtime.events.InProcessEventDispatcher;
import dev.carve.shop.payments.PaymentsDatabase;
import dev.carve.testkit.WithPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** Order events delivered through the runtime settle the order's payment once. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@WithPostgres
class OrderEventsIntegrationTests {

	static final Money TOTAL = Money.of("30.00", "EUR");

	@Autowired
	InProcessEventDispatcher dispatcher;

	@Autowired
	PaymentGateway payments;

	@Autowired
	PaymentsDatabase database;

	@Test
	void orderConfirmedCapturesThePaymentOnceHoweverOftenItArrives() {
		UUID customerId = UUID.randomUUID();
		UUID orderId = UUID.randomUUID();
		PaymentAuthorization payment = this.payments.authorize(new AuthorizePayment(orderId, customerId, TOTAL));
		OrderConfirmed confirmed = confirmed(orderId, customerId, payment.paymentId());

		this.dispatcher.dispatch(confirmed);
		this.dispatcher.dispatch(confirmed);
		this.dispatcher.dispatch(confirmed(orderId, customerId, payment.paymentId()));

		assertThat(this.database.statusOf(orderId)).isEqualTo("CAPTURED");
		assertThat(this.database.outboxCount("PaymentCaptured", orderId)).isOne();
	}

	@Test
	void orderCancelledRefundsACapturedPayment() {
		UUID customerId = UUID.randomUUID();
		UUID orderId = UUID.randomUUID();
		PaymentAuthorization payment = this.payments.authorize(new AuthorizePayment(orderId, customerId, TOTAL));
		this.dispatcher.dispatch(confirmed(orderId, customerId, payment.paymentId()));

		OrderCancelled cancelled = cancelled(orderId, customerId, payment.paymentId());
		this.dispatcher.dispatch(cancelled);
		this.dispatcher.dispatch(cancelled);

		assertThat(this.database.statusOf(orderId)).isEqualTo("REFUNDED");
		assertThat(this.database.refundedAmounts(payment.paymentId())).containsExactly("30.0000");
	}

	@Test
	void orderCancelledVoidsAnAuthorizedPayment() {
		UUID customerId = UUID.randomUUID();
		UUID orderId = UUID.randomUUID();
		PaymentAuthorization payment = this.payments.authorize(new AuthorizePayment(orderId, customerId, TOTAL));

		this.dispatcher.dispatch(cancelled(orderId, customerId, null));

		assertThat(this.database.statusOf(orderId)).isEqualTo("VOIDED");
		assertThat(this.database.refundedAmounts(payment.paymentId())).isEmpty();
	}

	@Test
	void orderCancelledWithoutPaymentChangesNothing() {
		UUID orderId = UUID.randomUUID();

		this.dispatcher.dispatch(cancelled(orderId, UUID.randomUUID(), null));

		assertThat(this.database.paymentCount(orderId)).isZero();
	}

	private static OrderConfirmed confirmed(UUID orderId, UUID customerId, UUID paymentId) {
		return new OrderConfirmed(UUID.randomUUID(), orderId, customerId, paymentId,
				List.of(new OrderedLine("SKU-1", 3, Money.of("10.00", "EUR"))), TOTAL, Instant.now());
	}

	private static OrderCancelled cancelled(UUID orderId, UUID customerId, UUID paymentId) {
		return new OrderCancelled(UUID.randomUUID(), orderId, customerId, paymentId,
				List.of(new OrderedLine("SKU-1", 3, Money.of("10.00", "EUR"))), "changed my mind", Instant.now());
	}

}
