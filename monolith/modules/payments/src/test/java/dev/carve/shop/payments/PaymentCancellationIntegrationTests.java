package dev.carve.shop.payments;

import java.util.UUID;

import dev.carve.contracts.payments.AuthorizePayment;
import dev.carve.contracts.payments.PaymentAuthorization;
import dev.carve.contracts.payments.PaymentDeclinedException;
import dev.carve.kernel.Money;
import dev.carve.testkit.WithPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Releasing an order's payment by order id, as a saga does after an unknown outcome. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@WithPostgres
class PaymentCancellationIntegrationTests {

	@Autowired
	PaymentManagement payments;

	@Autowired
	PaymentsDatabase database;

	@Test
	void cancelForOrderVoidsAnAuthorizedPaymentOnce() {
		UUID orderId = UUID.randomUUID();
		PaymentAuthorization payment = authorize(orderId, "10.00");

		this.payments.cancelForOrder(orderId);
		long version = this.database.versionOf(orderId);
		this.payments.cancelForOrder(orderId);

		assertThat(this.database.statusOf(orderId)).isEqualTo("VOIDED");
		assertThat(this.database.versionOf(orderId)).isEqualTo(version);
		assertThat(this.database.refundedAmounts(payment.paymentId())).isEmpty();
	}

	@Test
	void cancelForOrderRefundsACapturedPaymentOnce() {
		UUID orderId = UUID.randomUUID();
		PaymentAuthorization payment = authorize(orderId, "42.50");
		this.payments.capture(payment.paymentId());

		this.payments.cancelForOrder(orderId);
		long version = this.database.versionOf(orderId);
		this.payments.cancelForOrder(orderId);

		assertThat(this.database.statusOf(orderId)).isEqualTo("REFUNDED");
		assertThat(this.database.versionOf(orderId)).isEqualTo(version);
		assertThat(this.database.refundedAmounts(payment.paymentId())).containsExactly("42.5000");
	}

	@Test
	void cancelForOrderWithoutPaymentDoesNothing() {
		UUID orderId = UUID.randomUUID();

		this.payments.cancelForOrder(orderId);

		assertThat(this.database.paymentCount(orderId)).isZero();
	}

	@Test
	void cancelForOrderLeavesADeclinedPaymentAsItIs() {
		UUID orderId = UUID.randomUUID();
		assertThatExceptionOfType(PaymentDeclinedException.class).isThrownBy(() -> authorize(orderId, "1000.01"));
		long version = this.database.versionOf(orderId);

		this.payments.cancelForOrder(orderId);

		assertThat(this.database.statusOf(orderId)).isEqualTo("DECLINED");
		assertThat(this.database.versionOf(orderId)).isEqualTo(version);
	}

	private PaymentAuthorization authorize(UUID orderId, String amount) {
		return this.payments.authorize(new AuthorizePayment(orderId, UUID.randomUUID(), Money.of(amount, "EUR")));
	}

}
