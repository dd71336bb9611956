package dev.carve.shop.payments.internal;

import java.util.UUID;

import dev.carve.contracts.payments.AuthorizePayment;
import dev.carve.contracts.payments.PaymentAuthorization;
import dev.carve.contracts.payments.PaymentGateway;
import dev.carve.kernel.Money;
import dev.carve.testkit.TestTokens;
import dev.carve.testkit.WithPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The payments HTTP API over a real server: who may see a payment, who may steer the
 * simulator.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@WithPostgres
class PaymentControllerIntegrationTests {

	@Autowired
	RestTestClient client;

	@Autowired
	TestTokens tokens;

	@Autowired
	PaymentGateway payments;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void customerSeesThePaymentOfTheirOrder() {
		UUID customerId = UUID.randomUUID();
		PaymentAuthorization payment = authorize(customerId);

		getPayment(payment.orderId(), this.tokens.customer(customerId)).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(payment.paymentId().toString())
			.jsonPath("$.orderId")
			.isEqualTo(payment.orderId().toString())
			.jsonPath("$.amount.amount")
			.isEqualTo(12.5)
			.jsonPath("$.amount.currency")
			.isEqualTo("EUR")
			.jsonPath("$.status")
			.isEqualTo("AUTHORIZED");
	}

	@Test
	void administratorSeesAnyPayment() {
		PaymentAuthorization payment = authorize(UUID.randomUUID());

		getPayment(payment.orderId(), this.tokens.admin(UUID.randomUUID())).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(payment.paymentId().toString());
	}

	@Test
	void aPaymentTheProviderHasNotAnsweredYetIsNotShown() {
		UUID orderId = UUID.randomUUID();
		this.jdbc.update("INSERT INTO payments.payments (id, order_id, customer_id, amount, currency, status,"
				+ " created_at, updated_at, version) VALUES (?, ?, ?, 7.00, 'EUR', 'REQUESTED', now(), now(), 0)",
				UUID.randomUUID(), orderId, UUID.randomUUID());

		getPayment(orderId, this.tokens.admin(UUID.randomUUID())).expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:carve:problem:payment-not-found");
	}

	@Test
	void anotherCustomerIsToldThereIsNoPayment() {
		PaymentAuthorization payment = authorize(UUID.randomUUID());

		getPayment(payment.orderId(), this.tokens.customer(UUID.randomUUID())).expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:carve:problem:payment-not-found")
			.jsonPath("$.detail")
			.isEqualTo("No payment for order " + payment.orderId())
			.jsonPath("$.errorId")
			.isNotEmpty();
	}

	@Test
	void noTokenIsUnauthorized() {
		PaymentAuthorization payment = authorize(UUID.randomUUID());

		this.client.get()
			.uri("/api/v1/payments/{orderId}", payment.orderId())
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void onlyAdministratorsSteerTheSimulator() {
		putSimulator(this.tokens.customer(UUID.randomUUID()), "{\"declineAll\": true, \"latencyMillis\": 0}")
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:carve:problem:forbidden");
		putSimulator(this.tokens.admin(UUID.randomUUID()), "{\"declineAll\": false, \"latencyMillis\": 0}")
			.expectStatus()
			.isOk();
	}

	@Test
	void simulatorSettingsAreValidated() {
		putSimulator(this.tokens.admin(UUID.randomUUID()), "{\"declineAll\": false, \"latencyMillis\": -1}")
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:carve:problem:validation-failed")
			.jsonPath("$.errors[0].field")
			.isEqualTo("latencyMillis");
	}

	@Test
	void simulatorControlIsDocumentedInTheApiDescription() {
		this.client.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.paths['/api/v1/payments/simulator'].put.summary")
			.isEqualTo("Make the simulated payment provider decline or slow down")
			.jsonPath("$.paths['/api/v1/payments/simulator'].put.responses['403']")
			.exists();
	}

	private PaymentAuthorization authorize(UUID customerId) {
		return this.payments.authorize(new AuthorizePayment(UUID.randomUUID(), customerId, Money.of("12.50", "EUR")));
	}

	private RestTestClient.ResponseSpec getPayment(UUID orderId, String token) {
		return this.client.get()
			.uri("/api/v1/payments/{orderId}", orderId)
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange();
	}

	private RestTestClient.ResponseSpec putSimulator(String token, String body) {
		return this.client.put()
			.uri("/api/v1/payments/simulator")
			.headers((headers) -> headers.setBearerAuth(token))
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

}
