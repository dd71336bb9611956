package dev.carve.shop.payments.internal;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.carve.contracts.orders.OrderStatus;
import dev.carve.contracts.payments.AuthorizePayment;
import dev.carve.contracts.payments.PaymentAuthorization;
import dev.carve.contracts.payments.PaymentDeclinedException;
import dev.carve.contracts.payments.PaymentGateway;
import dev.carve.kernel.Money;
import dev.carve.shop.payments.InMemoryOrders;
import dev.carve.shop.payments.PaymentsDatabase;
import dev.carve.testkit.WithPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * No money stays held for an order that will not be confirmed: a cancellation that comes
 * before or during an authorization, and the reconciliation of payments left unsettled.
 * The simulated provider is made slower than a caller's deadline where a test needs it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@WithPostgres
class PaymentReconciliationIntegrationTests {

	@Autowired
	PaymentGateway payments;

	@Autowired
	PaymentReconciliation reconciliation;

	@Autowired
	SimulatedPaymentProvider provider;

	@Autowired
	InMemoryOrders orders;

	@Autowired
	PaymentsDatabase database;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void fastProvider() {
		this.provider.apply(new SimulatorSettings(false, 0L));
	}

	@Test
	void aCancellationThatComesFirstRefusesTheAuthorizationAndHoldsNothing() {
		UUID orderId = UUID.randomUUID();
		this.payments.cancelForOrder(orderId);

		assertThatExceptionOfType(PaymentDeclinedException.class).isThrownBy(() -> authorize(orderId, "10.00"))
			.satisfies((declined) -> assertThat(declined.reason()).isEqualTo("the order's payment was cancelled"));
		assertThat(this.database.paymentCount(orderId)).isZero();
	}

	@Test
	void anAuthorizationThatAnswersAfterTheCancellationIsVoidedAtOnce() throws Exception {
		this.provider.apply(new SimulatorSettings(false, 1500L));
		UUID orderId = UUID.randomUUID();
		CompletableFuture<PaymentAuthorization> late = CompletableFuture.supplyAsync(() -> authorize(orderId, "20.00"));
		await().atMost(5, TimeUnit.SECONDS).until(() -> "REQUESTED".equals(this.database.statusOf(orderId)));

		this.payments.cancelForOrder(orderId);

		assertThat(late).failsWithin(10, TimeUnit.SECONDS)
			.withThrowableThat()
			.havingRootCause()
			.isInstanceOf(PaymentDeclinedException.class);
		assertThat(this.database.statusOf(orderId)).isEqualTo("VOIDED");
		assertThat(this.jdbc.queryForObject("SELECT provider_reference FROM payments.payments WHERE order_id = ?",
				String.class, orderId))
			.startsWith("sim-");
	}

	@Test
	void aPaymentWhoseAnswerWasNeverRecordedIsAskedAgainAndVoidedWhenItsOrderIsGone() {
		UUID orderId = UUID.randomUUID();
		unansweredPayment(orderId);

		this.reconciliation.reconcile();

		assertThat(this.database.statusOf(orderId)).isEqualTo("VOIDED");
		assertThat(this.jdbc.queryForObject("SELECT provider_reference FROM payments.payments WHERE order_id = ?",
				String.class, orderId))
			.startsWith("sim-");
	}

	@Test
	void anAuthorizedPaymentIsVoidedWhenItsOrderIsRejectedAndKeptWhileItIsConfirmed() {
		UUID rejected = UUID.randomUUID();
		UUID confirmed = UUID.randomUUID();
		UUID pending = UUID.randomUUID();
		this.orders.put(rejected, OrderStatus.REJECTED);
		this.orders.put(confirmed, OrderStatus.CONFIRMED);
		this.orders.put(pending, OrderStatus.PENDING);
		for (UUID orderId : new UUID[] { rejected, confirmed, pending }) {
			authorize(orderId, "5.00");
			old(orderId);
		}

		this.reconciliation.reconcile();

		assertThat(this.database.statusOf(rejected)).isEqualTo("VOIDED");
		assertThat(this.database.statusOf(confirmed)).isEqualTo("AUTHORIZED");
		assertThat(this.database.statusOf(pending)).isEqualTo("AUTHORIZED");
	}

	@Test
	void aRoundAsksTheOrdersModuleForAllItsOrdersAtOnceAndVoidsNothingWhileItCannotAnswer() {
		UUID rejected = UUID.randomUUID();
		UUID confirmed = UUID.randomUUID();
		this.orders.put(rejected, OrderStatus.REJECTED);
		this.orders.put(confirmed, OrderStatus.CONFIRMED);
		for (UUID orderId : new UUID[] { rejected, confirmed }) {
			authorize(orderId, "5.00");
			old(orderId);
		}
		this.orders.unreachable(true);
		try {
			this.reconciliation.reconcile();
		}
		finally {
			this.orders.unreachable(false);
		}
		assertThat(this.database.statusOf(rejected)).isEqualTo("AUTHORIZED");
		assertThat(this.database.statusOf(confirmed)).isEqualTo("AUTHORIZED");

		int oneByOne = this.orders.oneByOne();
		this.reconciliation.reconcile();

		assertThat(this.orders.oneByOne()).as("orders looked up one at a time").isEqualTo(oneByOne);
		assertThat(this.database.statusOf(rejected)).isEqualTo("VOIDED");
		assertThat(this.database.statusOf(confirmed)).isEqualTo("AUTHORIZED");
	}

	@Test
	void youngPaymentsAreLeftToThePlacementThatIsStillRunning() {
		UUID orderId = UUID.randomUUID();
		authorize(orderId, "5.00");

		this.reconciliation.reconcile();

		assertThat(this.database.statusOf(orderId)).isEqualTo("AUTHORIZED");
	}

	private PaymentAuthorization authorize(UUID orderId, String amount) {
		return this.payments.authorize(new AuthorizePayment(orderId, UUID.randomUUID(), Money.of(amount, "EUR")));
	}

	private void unansweredPayment(UUID orderId) {
		this.jdbc.update("INSERT INTO payments.payments (id, order_id, customer_id, amount, currency, status,"
				+ " created_at, updated_at, version) VALUES (?, ?, ?, 7.00, 'EUR', 'REQUESTED', now(), now(), 0)",
				UUID.randomUUID(), orderId, UUID.randomUUID());
		old(orderId);
	}

	private void old(UUID orderId) {
		this.jdbc.update("UPDATE payments.payments SET created_at = created_at - interval '1 hour' WHERE order_id = ?",
				orderId);
	}

}
