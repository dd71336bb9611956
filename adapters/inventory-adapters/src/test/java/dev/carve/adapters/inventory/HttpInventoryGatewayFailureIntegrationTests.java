package dev.carve.adapters.inventory;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.carve.adapters.testkit.MisbehavingProviders;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.carve.contracts.inventory.InsufficientStockException;
import dev.carve.contracts.inventory.InventoryGateway;
import dev.carve.contracts.inventory.Reservation;
import dev.carve.contracts.inventory.ReservationNotFoundException;
import dev.carve.contracts.inventory.ReserveStock;
import dev.carve.contracts.inventory.StockLine;
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
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The HTTP inventory gateway against a provider that misbehaves, played by WireMock with
 * the provider's published stubs: every failure becomes a domain exception or a
 * {@link GatewayUnavailableException}, within the deadline, and only idempotent calls are
 * repeated.
 */
class HttpInventoryGatewayFailureIntegrationTests {

	private static final String RESERVATIONS = "/internal/v1/inventory/reservations";

	private static WireMockServer provider;

	private static ModuleProcess consumer;

	private InventoryGateway inventory;

	private String token;

	@BeforeAll
	static void start() {
		provider = new WireMockServer(
				wireMockConfig().dynamicPort().usingFilesUnderClasspath("META-INF/carve/stubs/inventory"));
		provider.start();
		consumer = ModuleProcess.start(InventoryTestApplication.class, InventoryProcesses.TOKENS,
				MisbehavingProviders.consumer("inventory", "http", provider.baseUrl()));
		MisbehavingProviders
			.warmUp(() -> consumer.context().getBean(InventoryGateway.class).release(UUID.randomUUID()));
	}

	@AfterAll
	static void stop() {
		consumer.stop();
		provider.stop();
	}

	@BeforeEach
	void signIn() {
		provider.resetToDefaultMappings();
		this.token = InventoryProcesses.TOKENS.customer(UUID.randomUUID());
		SecurityContextHolder.getContext()
			.setAuthentication(new JwtAuthenticationToken(InventoryProcesses.TOKENS.decoder().decode(this.token)));
		this.inventory = consumer.context().getBean(InventoryGateway.class);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void thePublishedStubsAnswerAndTheCallersTokenIsRelayed() {
		Reservation reservation = this.inventory.reserve(request("MUG-BLUE"));
		assertThat(reservation.lines()).containsExactly(new StockLine("MUG-BLUE", 2));
		provider.verify(1, postRequestedFor(urlPathEqualTo(RESERVATIONS)).withHeader("Authorization",
				equalTo("Bearer " + this.token)));
	}

	@Test
	void aDomainProblemBecomesTheContractsExceptionAndIsNotRepeated() {
		assertThatExceptionOfType(InsufficientStockException.class)
			.isThrownBy(() -> this.inventory.reserve(request("OUT-OF-STOCK")))
			.satisfies((refusal) -> {
				assertThat(refusal.sku()).isEqualTo("OUT-OF-STOCK");
				assertThat(refusal.requested()).isEqualTo(1);
				assertThat(refusal.available()).isZero();
			});
		provider.verify(1, postRequestedFor(urlPathEqualTo(RESERVATIONS)));
	}

	@Test
	void aConflictOfAnotherKindIsTheContractsExceptionToo() {
		UUID orderId = UUID.fromString("00000000-0000-0000-0000-000000000404");
		assertThatExceptionOfType(ReservationNotFoundException.class).isThrownBy(() -> this.inventory.commit(orderId));
	}

	@Test
	void serverErrorsAreRetriedThenReportedUnavailable() {
		provider.stubFor(post(urlPathEqualTo(RESERVATIONS)).atPriority(0)
			.willReturn(aResponse().withStatus(500)
				.withHeader("Content-Type", "application/problem+json")
				.withBody("{\"type\":\"about:blank\",\"status\":500}")));
		assertThatExceptionOfType(GatewayUnavailableException.class)
			.isThrownBy(() -> this.inventory.reserve(request("MUG-BLUE")))
			.satisfies((failure) -> assertThat(failure.module()).isEqualTo("inventory"))
			.withMessageContaining("HTTP 500");
		provider.verify(3, postRequestedFor(urlPathEqualTo(RESERVATIONS)));
	}

	@Test
	void tooManyRequestsKeepsTheProvidersRetryAfter() {
		provider.stubFor(post(urlPathEqualTo(RESERVATIONS)).atPriority(0)
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")));
		assertThatExceptionOfType(GatewayUnavailableException.class)
			.isThrownBy(() -> this.inventory.reserve(request("MUG-BLUE")))
			.satisfies((failure) -> assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(7)));
	}

	@Test
	void aProviderThatDoesNotAnswerInTimeIsReportedWithinTheDeadline() {
		provider.stubFor(post(urlPathEqualTo(RESERVATIONS)).atPriority(0)
			.willReturn(aResponse().withStatus(200).withFixedDelay(5_000)));
		assertUnavailableWithinDeadline();
	}

	@Test
	void aBodyThatTricklesInIsReportedWithinTheDeadline() {
		provider.stubFor(post(urlPathEqualTo(RESERVATIONS)).atPriority(0)
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"reservationId\":\"5f1c3a52-8d0e-4a57-9f2b-3c1d7e0a9b11\",\"lines\":[]}")
				.withChunkedDribbleDelay(10, 5_000)));
		assertUnavailableWithinDeadline();
	}

	@Test
	void aMalformedBodyIsReportedUnavailable() {
		provider.stubFor(post(urlPathEqualTo(RESERVATIONS)).atPriority(0)
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody("<html>gateway error</html>")));
		assertThatExceptionOfType(GatewayUnavailableException.class)
			.isThrownBy(() -> this.inventory.reserve(request("MUG-BLUE")))
			.withMessageContaining("could not be read");
	}

	@Test
	void aConnectionResetIsReportedUnavailable() {
		provider.stubFor(post(urlPathEqualTo(RESERVATIONS)).atPriority(0)
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		assertThatExceptionOfType(GatewayUnavailableException.class)
			.isThrownBy(() -> this.inventory.reserve(request("MUG-BLUE")));
	}

	@Test
	void aProblemOfAnUnknownTypeIsARefusalAttemptedOnce() {
		provider.stubFor(post(urlPathEqualTo(RESERVATIONS)).atPriority(0)
			.willReturn(aResponse().withStatus(409)
				.withHeader("Content-Type", "application/problem+json")
				.withBody("{\"type\":\"urn:carve:problem:something-new\",\"status\":409}")));
		assertThatExceptionOfType(GatewayRefusedException.class)
			.isThrownBy(() -> this.inventory.reserve(request("MUG-BLUE")))
			.satisfies(
					(refusal) -> assertThat(refusal.reason()).isEqualTo(GatewayRefusedException.Reason.INVALID_REQUEST))
			.withMessageContaining("HTTP 409");
		provider.verify(1, postRequestedFor(urlPathEqualTo(RESERVATIONS)));
	}

	private void assertUnavailableWithinDeadline() {
		long started = System.nanoTime();
		assertThatExceptionOfType(GatewayUnavailableException.class)
			.isThrownBy(() -> this.inventory.reserve(request("MUG-BLUE")));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
	}

	private static ReserveStock request(String sku) {
		return new ReserveStock(UUID.randomUUID(), List.of(new StockLine(sku, (sku.equals("MUG-BLUE") ? 2 : 1))));
	}

}
