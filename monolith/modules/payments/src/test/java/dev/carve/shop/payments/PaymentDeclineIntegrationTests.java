package dev.carve.shop.payments;

import java.time.Duration;
import java.util.UUID;

import dev.carve.contracts.payments.AuthorizePayment;
import dev.carve.contracts.payments.PaymentAuthorization;
import dev.carve.contracts.payments.PaymentDeclinedException;
import dev.carve.kernel.Money;
import dev.carve.testkit.TestTokens;
import dev.carve.testkit.WithPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Declines and delays of the simulated provider, as the gateway's callers see them. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@WithPostgres
class PaymentDeclineIntegrationTests {

	static final UUID DECLINED_CUSTOMER = UUID.fromString("00000000-0000-0000-0000-00000000dead");

	@Autowired
	PaymentManagement payments;

	@Autowired
	PaymentsDatabase database;

	@Autowired
	RestTestClient client;

	@Autowired
	TestTokens tokens;

	@Autowired
	PlatformTransactionManager transactionManager;

	@AfterEach
	void restoreSimulator() {
		simulate(false, 0);
	}

	@Test
	void amountAboveLimitIsDeclinedAndTheDeclineIsKeptWhenTheCallerRollsBack() {
		UUID orderId = UUID.randomUUID();
		TransactionTemplate callerTransaction = new TransactionTemplate(this.transactionManager);

		assertThatExceptionOfType(PaymentDeclinedException.class)
			.isThrownBy(() -> callerTransaction.execute((status) -> authorize(orderId, UUID.randomUUID(), "1000.01")))
			.satisfies((ex) -> assertThat(ex.reason()).contains("above the limit of 1000.00"));

		assertThat(this.database.statusOf(orderId)).isEqualTo("DECLINED");
		assertThat(this.database.declineReasonOf(orderId)).contains("above the limit of 1000.00");
		assertThat(this.database.outboxCount("PaymentFailed", orderId)).isOne();
	}

	@Test
	void authorizingADeclinedOrderAgainGivesTheSameAnswerWithoutANewEvent() {
		UUID orderId = UUID.randomUUID();
		assertThatExceptionOfType(PaymentDeclinedException.class)
			.isThrownBy(() -> authorize(orderId, DECLINED_CUSTOMER, "5.00"));

		assertThatExceptionOfType(PaymentDeclinedException.class)
			.isThrownBy(() -> authorize(orderId, DECLINED_CUSTOMER, "5.00"))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo("the card was declined"));
		assertThat(this.database.paymentCount(orderId)).isOne();
		assertThat(this.database.outboxCount("PaymentFailed", orderId)).isOne();
	}

	@Test
	void declineAllSetAtRuntimeDeclinesUntilSwitchedOff() {
		simulate(true, 0);
		UUID declined = UUID.randomUUID();
		assertThatExceptionOfType(PaymentDeclinedException.class)
			.isThrownBy(() -> authorize(declined, UUID.randomUUID(), "1.00"))
			.satisfies((ex) -> assertThat(ex.reason()).contains("declines all"));

		simulate(false, 0);
		UUID approved = UUID.randomUUID();
		authorize(approved, UUID.randomUUID(), "1.00");
		assertThat(this.database.statusOf(approved)).isEqualTo("AUTHORIZED");
	}

	@Test
	void latencySetAtRuntimeSlowsEveryProviderCall() {
		simulate(false, 300);
		UUID orderId = UUID.randomUUID();

		long start = System.nanoTime();
		PaymentAuthorization payment = authorize(orderId, UUID.randomUUID(), "1.00");
		Duration authorizing = Duration.ofNanos(System.nanoTime() - start);
		start = System.nanoTime();
		this.payments.capture(payment.paymentId());
		Duration capturing = Duration.ofNanos(System.nanoTime() - start);

		assertThat(authorizing).isGreaterThanOrEqualTo(Duration.ofMillis(300));
		assertThat(capturing).isGreaterThanOrEqualTo(Duration.ofMillis(300));
		assertThat(this.database.statusOf(orderId)).isEqualTo("CAPTURED");
	}

	private PaymentAuthorization authorize(UUID orderId, UUID customerId, String amount) {
		return this.payments.authorize(new AuthorizePayment(orderId, customerId, Money.of(amount, "EUR")));
	}

	private void simulate(boolean declineAll, long latencyMillis) {
		this.client.put()
			.uri("/api/v1/payments/simulator")
			.headers((headers) -> headers.setBearerAuth(this.tokens.admin(UUID.randomUUID())))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"declineAll\": " + declineAll + ", \"latencyMillis\": " + latencyMillis + "}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.declineAll")
			.isEqualTo(declineAll)
			.jsonPath("$.latencyMillis")
			.isEqualTo(latencyMillis);
	}

}
