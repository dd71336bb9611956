package dev.carve.shop.payments;

import java.util.UUID;

import dev.carve.contracts.payments.AuthorizePayment;
import dev.carve.contracts.payments.PaymentAuthorization;
import dev.carve.contracts.payments.PaymentNotFoundException;
import dev.carve.contracts.payments.PaymentRequestConflictException;
import dev.carve.contracts.payments.PaymentStateException;
import dev.carve.kernel.Money;
import dev.carve.testkit.WithPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Authorize, capture and refund through the gateway, against a real database. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@WithPostgres
class PaymentManagementIntegrationTests {

	@Autowired
	PaymentManagement payments;

	@Autowired
	PaymentsDatabase database;

	@Test
	void authorizeHoldsTheAmountOncePerOrder() {
		UUID orderId = UUID.randomUUID();
		UUID customerId = UUID.randomUUID();
		PaymentAuthorization first = authorize(orderId, customerId, "1000.00");
		PaymentAuthorization again = authorize(orderId, customerId, "1000.00");

		assertThat(again).isEqualTo(first);
		assertThat(first.amount()).isEqualTo(Money.of("1000.00", "EUR"));
		assertThat(this.database.statusOf(orderId)).isEqualTo("AUTHORIZED");
		assertThat(this.database.paymentCount(orderId)).isOne();
	}

	@Test
	void authorizeAgainForAnotherAmountOrCustomerIsRefusedAndTheFirstStands() {
		UUID orderId = UUID.randomUUID();
		UUID customerId = UUID.randomUUID();
		authorize(orderId, customerId, "1000.00");

		assertThatExceptionOfType(PaymentRequestConflictException.class)
			.isThrownBy(() -> authorize(orderId, customerId, "20.00"));
		assertThatExceptionOfType(PaymentRequestConflictException.class)
			.isThrownBy(() -> authorize(orderId, UUID.randomUUID(), "1000.00"));
		assertThat(this.database.statusOf(orderId)).isEqualTo("AUTHORIZED");
		assertThat(this.database.paymentCount(orderId)).isOne();
	}

	@Test
	void captureMovesTheMoneyOnceAndPublishesPaymentCapturedOnce() {
		UUID orderId = UUID.randomUUID();
		PaymentAuthorization payment = authorize(orderId, UUID.randomUUID(), "42.50");

		this.payments.capture(payment.paymentId());
		this.payments.capture(payment.paymentId());

		assertThat(this.database.statusOf(orderId)).isEqualTo("CAPTURED");
		assertThat(this.database.outboxCount("PaymentCaptured", orderId)).isOne();
	}

	@Test
	void refundOfCapturedPaymentPaysTheAmountBackOnce() {
		UUID orderId = UUID.randomUUID();
		PaymentAuthorization payment = authorize(orderId, UUID.randomUUID(), "42.50");
		this.payments.capture(payment.paymentId());

		this.payments.refund(payment.paymentId());
		this.payments.refund(payment.paymentId());

		assertThat(this.database.statusOf(orderId)).isEqualTo("REFUNDED");
		assertThat(this.database.refundedAmounts(payment.paymentId())).containsExactly("42.5000");
	}

	@Test
	void refundOfAuthorizedPaymentVoidsIt() {
		UUID orderId = UUID.randomUUID();
		PaymentAuthorization payment = authorize(orderId, UUID.randomUUID(), "10.00");

		this.payments.refund(payment.paymentId());
		this.payments.refund(payment.paymentId());

		assertThat(this.database.statusOf(orderId)).isEqualTo("VOIDED");
		assertThat(this.database.refundedAmounts(payment.paymentId())).isEmpty();
	}

	@Test
	void captureOfVoidedPaymentIsRefused() {
		PaymentAuthorization payment = authorize(UUID.randomUUID(), UUID.randomUUID(), "10.00");
		this.payments.refund(payment.paymentId());

		assertThatExceptionOfType(PaymentStateException.class)
			.isThrownBy(() -> this.payments.capture(payment.paymentId()))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("payment-state-conflict"))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo("VOIDED"));
	}

	@Test
	void captureAndRefundOfUnknownPaymentAreNotFound() {
		UUID unknown = UUID.randomUUID();

		assertThatExceptionOfType(PaymentNotFoundException.class).isThrownBy(() -> this.payments.capture(unknown));
		assertThatExceptionOfType(PaymentNotFoundException.class).isThrownBy(() -> this.payments.refund(unknown));
	}

	private PaymentAuthorization authorize(UUID orderId, UUID customerId, String amount) {
		return this.payments.authorize(new AuthorizePayment(orderId, customerId, Money.of(amount, "EUR")));
	}

}
