package dev.carve.adapters.orders;

import java.time.Duration;
import java.util.UUID;

import dev.carve.adapters.testkit.MisbehavingProviders;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.carve.contracts.orders.OrderGateway;
import dev.carve.contracts.orders.OrderStatus;
import dev.carve.contracts.orders.OrderStatusView;
import dev.carve.kernel.Money;
import dev.carve.runtime.gateway.GatewayRefusedException;
import dev.carve.runtime.gateway.GatewayUnavailableException;
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
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The HTTP order gateway against a provider that misbehaves, played by WireMock with the
 * provider's published stubs: only the orders module's own "no such order" problem is the
 * empty answer; any other 404 (a wrong URL, a proxy) and every other failure is a
 * {@link GatewayUnavailableException}, within the deadline.
 */
class HttpOrderGatewayFailureIntegrationTests {

	private static final String ORDERS = "/internal/v1/orders/";

	private static final UUID UNKNOWN = UUID.fromString("00000000-0000-0000-0000-000000000404");

	private static WireMockServer provider;

	private static ModuleProcess consumer;

	private OrderGateway orders;

	private String token;

	@BeforeAll
	static void start() {
		provider = new WireMockServer(
				wireMockConfig().dynamicPort().usingFilesUnderClasspath("META-INF/carve/stubs/orders"));
		provider.start();
		consumer = OrdersProcesses.consumer("http", provider.baseUrl(),
				MisbehavingProviders.consumer("orders", "http", provider.baseUrl()));
		MisbehavingProviders.warmUp(() -> consumer.context().getBean(OrderGateway.class).findStatus(UNKNOWN));
	}

	@AfterAll
	static void stop() {
		consumer.stop();
		provider.stop();
	}

	@BeforeEach
	void signIn() {
		provider.resetToDefaultMappings();
		this.token = OrdersProcesses.TOKENS.customer(UUID.randomUUID());
		SecurityContextHolder.getContext()
			.setAuthentication(new JwtAuthenticationToken(OrdersProcesses.TOKENS.decoder().decode(this.token)));
		this.orders = consumer.context().getBean(OrderGateway.class);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void thePublishedStubsAnswerAndTheCallersTokenIsRelayed() {
		UUID orderId = UUID.randomUUID();
		assertThat(this.orders.findStatus(orderId))
			.contains(new OrderStatusView(orderId, UUID.fromString("2d7c1f4e-6a3b-4c8d-9e0f-1a2b3c4d5e6f"),
					OrderStatus.CONFIRMED, Money.of("25.00", "EUR")));
		provider.verify(1, getRequestedFor(urlPathEqualTo(ORDERS + orderId + "/status")).withHeader("Authorization",
				equalTo("Bearer " + this.token)));
	}

	@Test
	void theOrderNotFoundProblemIsTheEmptyAnswerAndIsNotRepeated() {
		assertThat(this.orders.findStatus(UNKNOWN)).isEmpty();
		provider.verify(1, getRequestedFor(urlPathEqualTo(ORDERS + UNKNOWN + "/status")));
	}

	@Test
	void aNotFoundOfAnotherKindIsAFailureNotAnEmptyAnswer() {
		override(problem(404, "not-found"));
		assertThatExceptionOfType(GatewayRefusedException.class).isThrownBy(this::findAnOrder)
			.withMessageContaining("HTTP 404");
	}

	@Test
	void aBare404IsAFailureNotAnEmptyAnswer() {
		override(aResponse().withStatus(404).withHeader("Content-Type", "text/html").withBody("<h1>Not Found</h1>"));
		assertThatExceptionOfType(GatewayRefusedException.class).isThrownBy(this::findAnOrder)
			.satisfies((failure) -> assertThat(failure.module()).isEqualTo("orders"));
	}

	@Test
	void serverErrorsAreRetriedThenReportedUnavailable() {
		override(problem(500, "internal-error"));
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(this::findAnOrder)
			.withMessageContaining("HTTP 500");
		provider.verify(3, getRequestedFor(urlPathMatching(ORDERS + ".*")));
	}

	@Test
	void tooManyRequestsKeepsTheProvidersRetryAfter() {
		override(aResponse().withStatus(429).withHeader("Retry-After", "7"));
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(this::findAnOrder)
			.satisfies((failure) -> assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(7)));
	}

	@Test
	void aProviderThatDoesNotAnswerInTimeIsReportedWithinTheDeadline() {
		override(aResponse().withStatus(200).withFixedDelay(5_000));
		assertUnavailableWithinDeadline();
	}

	@Test
	void aBodyThatTricklesInIsReportedWithinTheDeadline() {
		override(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"orderId\":\"" + UNKNOWN + "\",\"status\":\"CONFIRMED\",\"total\":null}")
			.withChunkedDribbleDelay(10, 5_000));
		assertUnavailableWithinDeadline();
	}

	@Test
	void aMalformedBodyIsReportedUnavailable() {
		override(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("<html>gateway error</html>"));
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(this::findAnOrder)
			.withMessageContaining("could not be read");
	}

	@Test
	void aConnectionResetIsReportedUnavailable() {
		override(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(this::findAnOrder);
	}

	private void assertUnavailableWithinDeadline() {
		long started = System.nanoTime();
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(this::findAnOrder);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
	}

	private void findAnOrder() {
		this.orders.findStatus(UUID.randomUUID());
	}

	/** Answers every look-up this way, ahead of the published stubs. */
	private static void override(ResponseDefinitionBuilder answer) {
		provider.stubFor(get(urlPathMatching(ORDERS + ".*")).atPriority(0).willReturn(answer));
	}

	private static ResponseDefinitionBuilder problem(int status, String code) {
		return aResponse().withStatus(status)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"urn:carve:problem:" + code + "\",\"status\":" + status + ",\"errorId\":\"e1\"}");
	}

}
