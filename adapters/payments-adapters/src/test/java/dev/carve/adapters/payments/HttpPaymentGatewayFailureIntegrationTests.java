package dev.carve.adapters.payments;

import java.time.Duration;
import java.util.UUID;

import dev.carve.adapters.testkit.MisbehavingProviders;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.carve.contracts.payments.AuthorizePayment;
import dev.carve.contracts.payments.PaymentAuthorization;
import dev.carve.contracts.payments.PaymentDeclinedException;
import dev.carve.contracts.payments.PaymentGateway;
import dev.carve.contracts.payments.PaymentNotFoundException;
import dev.carve.contracts.payments.PaymentStateException;
import dev.carve.kernel.Money;
import dev.carve.runtime.gateway.GatewayRefusedException;
import dev.carve.runtime.gateway.GatewayUnavailableException;
import dev.carve.runtime.security.ServiceTokens;
import dev.carve.testkit.ModuleProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The HTTP payment gateway against a provider that misbehaves, played by WireMock with
 * the provider's published stubs: every failure becomes a domain exception or a
 * {@link GatewayUnavailableException}, within the deadline, and only idempotent calls are
 * repeated.
 */
class HttpPaymentGatewayFailureIntegrationTests {

	private static final String AUTHORIZATIONS = "/internal/v1/payments/authorizations";

	private static final UUID UNKNOWN = UUID.fromString("00000000-0000-0000-0000-000000000404");

	private static final Money AMOUNT = Money.of("42.50", "EUR");

	private static WireMockServer provider;

	private static ModuleProcess consumer;

	private PaymentGateway payments;

	private String token;

	@BeforeAll
	static void start() {
		provider = new WireMockServer(
				wireMockConfig().dynamicPort().usingFilesUnderClasspath("META-INF/carve/stubs/payments"));
		provider.start();
		consumer = ModuleProcess.start(PaymentsTestApplication.class, PaymentsProcesses.TOKENS,
				MisbehavingProviders.consumer("payments", "http", provider.baseUrl()));
		MisbehavingProviders
			.warmUp(() -> consumer.context().getBean(PaymentGateway.class).cancelForOrder(UUID.randomUUID()));
	}

	@AfterAll
	static void stop() {
		consumer.stop();
		provider.stop();
	}

	@BeforeEach
	void signIn() {
		provider.resetToDefaultMappings();
		this.token = PaymentsProcesses.TOKENS.customer(UUID.randomUUID());
		SecurityContextHolder.getContext()
			.setAuthentication(new JwtAuthenticationToken(PaymentsProcesses.TOKENS.decoder().decode(this.token)));
		this.payments = consumer.context().getBean(PaymentGateway.class);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void thePublishedStubsAnswerAndBothCredentialsAreRelayed() {
		UUID orderId = UUID.randomUUID();
		PaymentAuthorization authorization = this.payments.authorize(request(orderId, AMOUNT));
		assertThat(authorization.orderId()).isEqualTo(orderId);
		assertThat(authorization.amount()).isEqualTo(AMOUNT);
		provider.verify(1, postRequestedFor(urlPathEqualTo(AUTHORIZATIONS)).withHeader("Authorization",
				equalTo("Bearer " + this.token)));
		provider.verify(1, postRequestedFor(urlPathEqualTo(AUTHORIZATIONS)).withHeader(ServiceTokens.HEADER,
				matching("Bearer [\\w-]+\\.[\\w-]+\\.[\\w-]+")));
	}

	@Test
	void thePublishedStubsAcceptEveryOtherOperation() {
		UUID paymentId = UUID.randomUUID();
		UUID orderId = UUID.randomUUID();
		this.payments.capture(paymentId);
		this.payments.refund(paymentId);
		this.payments.cancelForOrder(orderId);
		provider.verify(1, postRequestedFor(urlPathEqualTo("/internal/v1/payments/" + paymentId + "/capture")));
		provider.verify(1, postRequestedFor(urlPathEqualTo("/internal/v1/payments/" + paymentId + "/refund")));
		provider.verify(1, postRequestedFor(urlPathEqualTo("/internal/v1/payments/orders/" + orderId + "/cancel"))
			.withHeader("Authorization", equalTo("Bearer " + this.token)));
	}

	@Test
	void aDomainProblemBecomesTheContractsExceptionAndIsNotRepeated() {
		UUID orderId = UUID.randomUUID();
		assertThatExceptionOfType(PaymentDeclinedException.class)
			.isThrownBy(() -> this.payments.authorize(request(orderId, Money.of("1000.01", "EUR"))))
			.satisfies((refusal) -> {
				assertThat(refusal.reason()).isEqualTo("the amount is above the limit of 1000.00");
				assertThat(refusal.properties()).containsEntry("orderId", orderId.toString());
			});
		provider.verify(1, postRequestedFor(urlPathEqualTo(AUTHORIZATIONS)));
	}

	@Test
	void anUnknownPaymentIsTheContractsNotFound() {
		assertThatExceptionOfType(PaymentNotFoundException.class).isThrownBy(() -> this.payments.capture(UNKNOWN))
			.satisfies((refusal) -> assertThat(refusal.properties()).containsEntry("paymentId", UNKNOWN.toString()));
		assertThatExceptionOfType(PaymentNotFoundException.class).isThrownBy(() -> this.payments.refund(UNKNOWN));
		provider.verify(1, postRequestedFor(urlPathEqualTo("/internal/v1/payments/" + UNKNOWN + "/capture")));
	}

	/**
	 * The provider's {@code payment-state-conflict} problem, as the provider writes it.
	 */
	@Test
	void aStateConflictKeepsThePaymentsStateAndIsNotRepeated() {
		UUID paymentId = UUID.randomUUID();
		String capture = "/internal/v1/payments/" + paymentId + "/capture";
		provider.stubFor(post(urlPathEqualTo(capture)).atPriority(0)
			.willReturn(aResponse().withStatus(409)
				.withHeader("Content-Type", "application/problem+json")
				.withBody("{\"detail\":\"Payment " + paymentId + " is VOIDED and cannot become CAPTURED\","
						+ "\"instance\":\"" + capture + "\",\"status\":409,\"title\":\"Payment state conflict\","
						+ "\"type\":\"urn:carve:problem:payment-state-conflict\",\"paymentId\":\"" + paymentId
						+ "\",\"paymentStatus\":\"VOIDED\",\"errorId\":\"9e4d27a76188\"}")));
		assertThatExceptionOfType(PaymentStateException.class).isThrownBy(() -> this.payments.capture(paymentId))
			.satisfies((refusal) -> {
				assertThat(refusal.status()).isEqualTo("VOIDED");
				assertThat(refusal.properties()).containsEntry("paymentId", paymentId.toString());
			});
		provider.verify(1, postRequestedFor(urlPathEqualTo(capture)));
	}

	@Test
	void serverErrorsAreRetriedThenReportedUnavailable() {
		provider.stubFor(post(urlPathEqualTo(AUTHORIZATIONS)).atPriority(0)
			.willReturn(aResponse().withStatus(500)
				.withHeader("Content-Type", "application/problem+json")
				.withBody("{\"type\":\"about:blank\",\"status\":500}")));
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(this::authorize)
			.satisfies((failure) -> assertThat(failure.module()).isEqualTo("payments"))
			.withMessageContaining("HTTP 500");
		provider.verify(3, postRequestedFor(urlPathEqualTo(AUTHORIZATIONS)));
	}

	@Test
	void tooManyRequestsKeepsTheProvidersRetryAfter() {
		provider.stubFor(post(urlPathEqualTo(AUTHORIZATIONS)).atPriority(0)
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")));
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(this::authorize)
			.satisfies((failure) -> assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(7)));
	}

	@Test
	void aProviderThatDoesNotAnswerInTimeIsReportedWithinTheDeadline() {
		provider.stubFor(post(urlPathEqualTo(AUTHORIZATIONS)).atPriority(0)
			.willReturn(aResponse().withStatus(200).withFixedDelay(5_000)));
		assertUnavailableWithinDeadline();
	}

	@Test
	void aBodyThatTricklesInIsReportedWithinTheDeadline() {
		provider.stubFor(post(urlPathEqualTo(AUTHORIZATIONS)).atPriority(0)
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"paymentId\":\"7a4e2c1b-3d5f-4e6a-8b9c-0d1e2f3a4b5c\",\"amount\":null}")
				.withChunkedDribbleDelay(10, 5_000)));
		assertUnavailableWithinDeadline();
	}

	@Test
	void aMalformedBodyIsReportedUnavailable() {
		provider.stubFor(post(urlPathEqualTo(AUTHORIZATIONS)).atPriority(0)
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody("<html>gateway error</html>")));
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(this::authorize)
			.withMessageContaining("could not be read");
	}

	@Test
	void aConnectionResetIsReportedUnavailable() {
		provider.stubFor(post(urlPathEqualTo(AUTHORIZATIONS)).atPriority(0)
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(this::authorize);
	}

	@Test
	void aProblemOfAnUnknownTypeIsARefusalAttemptedOnce() {
		provider.stubFor(post(urlPathEqualTo(AUTHORIZATIONS)).atPriority(0)
			.willReturn(aResponse().withStatus(402)
				.withHeader("Content-Type", "application/problem+json")
				.withBody("{\"type\":\"urn:carve:problem:something-new\",\"status\":402}")));
		assertThatExceptionOfType(GatewayRefusedException.class).isThrownBy(this::authorize)
			.withMessageContaining("HTTP 402");
		provider.verify(1, postRequestedFor(urlPathEqualTo(AUTHORIZATIONS)));
	}

	private void assertUnavailableWithinDeadline() {
		long started = System.nanoTime();
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(this::authorize);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
	}

	private void authorize() {
		this.payments.authorize(request(UUID.randomUUID(), AMOUNT));
	}

	private static AuthorizePayment request(UUID orderId, Money amount) {
		return new AuthorizePayment(orderId, UUID.randomUUID(), amount);
	}

}
