package dev.carve.adapters.identity;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import dev.carve.adapters.testkit.MisbehavingProviders;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.carve.contracts.identity.CustomerView;
import dev.carve.contracts.identity.IdentityGateway;
import dev.carve.runtime.gateway.GatewayRefusedException;
import dev.carve.runtime.gateway.GatewayUnavailableException;
import dev.carve.testkit.ModuleProcess;
import dev.carve.testkit.TestTokens;
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
 * The HTTP identity gateway against a provider that misbehaves, played by WireMock with
 * the provider's published stubs: only identity's own "no such customer" problem is the
 * empty answer; any other 404 (a wrong URL, a proxy) and every other failure is a
 * {@link GatewayUnavailableException}, within the deadline.
 */
class HttpIdentityGatewayFailureIntegrationTests {

	private static final TestTokens TOKENS = TestTokens.create();

	private static final String CUSTOMERS = "/internal/v1/identity/customers/";

	private static final UUID UNKNOWN = UUID.fromString("00000000-0000-0000-0000-000000000404");

	private static WireMockServer provider;

	private static ModuleProcess consumer;

	private IdentityGateway identity;

	private String token;

	@BeforeAll
	static void start() {
		provider = new WireMockServer(
				wireMockConfig().dynamicPort().usingFilesUnderClasspath("META-INF/carve/stubs/identity"));
		provider.start();
		consumer = ModuleProcess.start(IdentityTestApplication.class, TOKENS,
				MisbehavingProviders.consumer("identity", "http", provider.baseUrl()));
		MisbehavingProviders.warmUp(() -> consumer.context().getBean(IdentityGateway.class).findCustomer(UNKNOWN));
	}

	@AfterAll
	static void stop() {
		consumer.stop();
		provider.stop();
	}

	@BeforeEach
	void signIn() {
		provider.resetToDefaultMappings();
		this.token = TOKENS.customer(UUID.randomUUID());
		SecurityContextHolder.getContext()
			.setAuthentication(new JwtAuthenticationToken(TOKENS.decoder().decode(this.token)));
		this.identity = consumer.context().getBean(IdentityGateway.class);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void thePublishedStubsAnswerAndTheCallersTokenIsRelayed() {
		UUID id = UUID.randomUUID();
		assertThat(this.identity.findCustomer(id))
			.contains(new CustomerView(id, "ada@example.test", "Ada Lovelace", Set.of("CUSTOMER")));
		provider.verify(1, getRequestedFor(urlPathEqualTo(CUSTOMERS + id)).withHeader("Authorization",
				equalTo("Bearer " + this.token)));
	}

	@Test
	void theCustomerNotFoundProblemIsTheEmptyAnswerAndIsNotRepeated() {
		assertThat(this.identity.findCustomer(UNKNOWN)).isEmpty();
		provider.verify(1, getRequestedFor(urlPathEqualTo(CUSTOMERS + UNKNOWN)));
	}

	@Test
	void aNotFoundOfAnotherKindIsAFailureNotAnEmptyAnswer() {
		override(problem(404, "not-found"));
		assertThatExceptionOfType(GatewayRefusedException.class).isThrownBy(this::findSomeone)
			.withMessageContaining("HTTP 404");
	}

	@Test
	void aBare404IsAFailureNotAnEmptyAnswer() {
		override(aResponse().withStatus(404).withHeader("Content-Type", "text/html").withBody("<h1>Not Found</h1>"));
		assertThatExceptionOfType(GatewayRefusedException.class).isThrownBy(this::findSomeone)
			.satisfies((failure) -> assertThat(failure.module()).isEqualTo("identity"));
	}

	@Test
	void serverErrorsAreRetriedThenReportedUnavailable() {
		override(problem(500, "internal-error"));
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(this::findSomeone)
			.withMessageContaining("HTTP 500");
		provider.verify(3, getRequestedFor(urlPathMatching(CUSTOMERS + ".*")));
	}

	@Test
	void tooManyRequestsKeepsTheProvidersRetryAfter() {
		override(aResponse().withStatus(429).withHeader("Retry-After", "7"));
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(this::findSomeone)
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
			.withBody("{\"id\":\"" + UNKNOWN + "\",\"email\":\"ada@example.test\",\"name\":\"Ada\",\"roles\":[]}")
			.withChunkedDribbleDelay(10, 5_000));
		assertUnavailableWithinDeadline();
	}

	@Test
	void aMalformedBodyIsReportedUnavailable() {
		override(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("<html>gateway error</html>"));
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(this::findSomeone)
			.withMessageContaining("could not be read");
	}

	@Test
	void aConnectionResetIsReportedUnavailable() {
		override(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(this::findSomeone);
	}

	private void assertUnavailableWithinDeadline() {
		long started = System.nanoTime();
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(this::findSomeone);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
	}

	private void findSomeone() {
		this.identity.findCustomer(UUID.randomUUID());
	}

	/** Answers every look-up this way, ahead of the published stubs. */
	private static void override(ResponseDefinitionBuilder answer) {
		provider.stubFor(get(urlPathMatching(CUSTOMERS + ".*")).atPriority(0).willReturn(answer));
	}

	private static ResponseDefinitionBuilder problem(int status, String code) {
		return aResponse().withStatus(status)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"urn:carve:problem:" + code + "\",\"status\":" + status + ",\"errorId\":\"e1\"}");
	}

}
