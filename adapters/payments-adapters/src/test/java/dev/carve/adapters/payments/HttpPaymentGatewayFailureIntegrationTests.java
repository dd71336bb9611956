package dev.carve.adapters.payments;

import java.util.UUID;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.carve.adapters.testkit.StubbedHttpProviderTests;
import dev.carve.contracts.payments.AuthorizePayment;
import dev.carve.contracts.payments.PaymentAuthorization;
import dev.carve.contracts.payments.PaymentDeclinedException;
import dev.carve.contracts.payments.PaymentGateway;
import dev.carve.contracts.payments.PaymentNotFoundException;
import dev.carve.contracts.payments.PaymentStateException;
import dev.carve.kernel.Money;
import dev.carve.runtime.gateway.GatewayRefusedException;
import dev.carve.runtime.security.ServiceTokens;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The HTTP payment gateway against WireMock with the provider's published stubs
 * ({@link StubbedHttpProviderTests}): the stubs answer with both credentials relayed, and
 * payments' own problems come back as the contract's exceptions, not repeated.
 */
class HttpPaymentGatewayFailureIntegrationTests extends StubbedHttpProviderTests {

	private static final String AUTHORIZATIONS = "/internal/v1/payments/authorizations";

	private static final UUID UNKNOWN = UUID.fromString("00000000-0000-0000-0000-000000000404");

	private static final Money AMOUNT = Money.of("42.50", "EUR");

	HttpPaymentGatewayFailureIntegrationTests() {
		super("payments", PaymentsTestApplication.class, PaymentsProcesses.TOKENS);
	}

	@Override
	protected void call() {
		payments().authorize(request(UUID.randomUUID(), AMOUNT));
	}

	@Override
	protected MappingBuilder stub() {
		return post(urlPathEqualTo(AUTHORIZATIONS));
	}

	@Override
	protected RequestPatternBuilder requested() {
		return postRequestedFor(urlPathEqualTo(AUTHORIZATIONS));
	}

	@Test
	void thePublishedStubsAnswerAndBothCredentialsAreRelayed() {
		UUID orderId = UUID.randomUUID();
		PaymentAuthorization authorization = payments().authorize(request(orderId, AMOUNT));
		assertThat(authorization.orderId()).isEqualTo(orderId);
		assertThat(authorization.amount()).isEqualTo(AMOUNT);
		provider().verify(1, postRequestedFor(urlPathEqualTo(AUTHORIZATIONS)).withHeader("Authorization",
				equalTo("Bearer " + token())));
		provider().verify(1, postRequestedFor(urlPathEqualTo(AUTHORIZATIONS)).withHeader(ServiceTokens.HEADER,
				matching("Bearer [\\w-]+\\.[\\w-]+\\.[\\w-]+")));
	}

	@Test
	void thePublishedStubsAcceptEveryOtherOperation() {
		UUID paymentId = UUID.randomUUID();
		UUID orderId = UUID.randomUUID();
		payments().capture(paymentId);
		payments().refund(paymentId);
		payments().cancelForOrder(orderId);
		provider().verify(1, postRequestedFor(urlPathEqualTo("/internal/v1/payments/" + paymentId + "/capture")));
		provider().verify(1, postRequestedFor(urlPathEqualTo("/internal/v1/payments/" + paymentId + "/refund")));
		provider().verify(1, postRequestedFor(urlPathEqualTo("/internal/v1/payments/orders/" + orderId + "/cancel"))
			.withHeader("Authorization", equalTo("Bearer " + token())));
	}

	@Test
	void aDomainProblemBecomesTheContractsExceptionAndIsNotRepeated() {
		UUID orderId = UUID.randomUUID();
		assertThatExceptionOfType(PaymentDeclinedException.class)
			.isThrownBy(() -> payments().authorize(request(orderId, Money.of("1000.01", "EUR"))))
			.satisfies((refusal) -> {
				assertThat(refusal.reason()).isEqualTo("the amount is above the limit of 1000.00");
				assertThat(refusal.properties()).containsEntry("orderId", orderId.toString());
			});
		provider().verify(1, postRequestedFor(urlPathEqualTo(AUTHORIZATIONS)));
	}

	@Test
	void anUnknownPaymentIsTheContractsNotFound() {
		assertThatExceptionOfType(PaymentNotFoundException.class).isThrownBy(() -> payments().capture(UNKNOWN))
			.satisfies((refusal) -> assertThat(refusal.properties()).containsEntry("paymentId", UNKNOWN.toString()));
		assertThatExceptionOfType(PaymentNotFoundException.class).isThrownBy(() -> payments().refund(UNKNOWN));
		provider().verify(1, postRequestedFor(urlPathEqualTo("/internal/v1/payments/" + UNKNOWN + "/capture")));
	}

	/**
	 * The provider's {@code payment-state-conflict} problem, as the provider writes it.
	 */
	@Test
	void aStateConflictKeepsThePaymentsStateAndIsNotRepeated() {
		UUID paymentId = UUID.randomUUID();
		String capture = "/internal/v1/payments/" + paymentId + "/capture";
		provider().stubFor(post(urlPathEqualTo(capture)).atPriority(0)
			.willReturn(aResponse().withStatus(409)
				.withHeader("Content-Type", "application/problem+json")
				.withBody("{\"detail\":\"Payment " + paymentId + " is VOIDED and cannot become CAPTURED\","
						+ "\"instance\":\"" + capture + "\",\"status\":409,\"title\":\"Payment state conflict\","
						+ "\"type\":\"urn:carve:problem:payment-state-conflict\",\"paymentId\":\"" + paymentId
						+ "\",\"paymentStatus\":\"VOIDED\",\"errorId\":\"9e4d27a76188\"}")));
		assertThatExceptionOfType(PaymentStateException.class).isThrownBy(() -> payments().capture(paymentId))
			.satisfies((refusal) -> {
				assertThat(refusal.status()).isEqualTo("VOIDED");
				assertThat(refusal.properties()).containsEntry("paymentId", paymentId.toString());
			});
		provider().verify(1, postRequestedFor(urlPathEqualTo(capture)));
	}

	@Test
	void aProblemOfAnUnknownTypeWithTheDeclineStatusIsARefusalAttemptedOnce() {
		provider().stubFor(post(urlPathEqualTo(AUTHORIZATIONS)).atPriority(0)
			.willReturn(aResponse().withStatus(402)
				.withHeader("Content-Type", "application/problem+json")
				.withBody("{\"type\":\"urn:carve:problem:something-new\",\"status\":402}")));
		assertThatExceptionOfType(GatewayRefusedException.class).isThrownBy(this::call)
			.withMessageContaining("HTTP 402");
		provider().verify(1, postRequestedFor(urlPathEqualTo(AUTHORIZATIONS)));
	}

	private PaymentGateway payments() {
		return consumer().context().getBean(PaymentGateway.class);
	}

	private static AuthorizePayment request(UUID orderId, Money amount) {
		return new AuthorizePayment(orderId, UUID.randomUUID(), amount);
	}

}
