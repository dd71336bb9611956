package dev.carve.adapters.testkit;

import java.time.Duration;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.carve.runtime.gateway.GatewayRefusedException;
import dev.carve.runtime.gateway.GatewayUnavailableException;
import dev.carve.testkit.ModuleProcess;
import dev.carve.testkit.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What every HTTP gateway does when its provider misbehaves, played by WireMock with the
 * provider's published stubs ({@code META-INF/carve/stubs/<module>}): server errors are
 * retried then reported unavailable, the provider's {@code Retry-After} is kept, a slow
 * answer or body ends within the deadline, a malformed body or a reset connection is
 * reported unavailable, and a problem of a type the gateway does not know is a refusal
 * attempted once. A module's subclass names its module, one idempotent call, and adds its
 * own domain-error round trips.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class HttpGatewayFailureSuite {

	private WireMockServer provider;

	private ModuleProcess consumer;

	private String token;

	/** The module's name. */
	protected abstract String module();

	/**
	 * Starts the consumer: the module's test application with the given properties.
	 * @param properties where the provider is and how the consumer meets it
	 * @return the consumer's process
	 */
	protected abstract ModuleProcess startConsumer(String... properties);

	/** The issuer of the tokens the consumer is given and the caller holds. */
	protected abstract TestTokens tokens();

	/**
	 * Makes, in the {@link #consumer()}, one call of an idempotent gateway method that
	 * the published stubs answer.
	 */
	protected abstract void call();

	/**
	 * The request {@link #call} makes, for stubbing over the published stubs.
	 * @return e.g. {@code post(urlPathEqualTo("/internal/v1/inventory/reservations"))}
	 */
	protected abstract MappingBuilder stub();

	/**
	 * The request {@link #call} makes, for counting attempts.
	 * @return e.g. {@code postRequestedFor(urlPathEqualTo(...))}
	 */
	protected abstract RequestPatternBuilder requested();

	/** The provider, reset to its published stubs before each test. */
	protected final WireMockServer provider() {
		return this.provider;
	}

	/** The consumer's process, where the gateway is remote over HTTP. */
	protected final ModuleProcess consumer() {
		return this.consumer;
	}

	/** The token of the customer on whose behalf each test calls. */
	protected final String token() {
		return this.token;
	}

	@BeforeAll
	void start() {
		this.provider = new WireMockServer(
				wireMockConfig().dynamicPort().usingFilesUnderClasspath("META-INF/carve/stubs/" + module()));
		this.provider.start();
		this.consumer = startConsumer(MisbehavingProviders.consumer(module(), "http", this.provider.baseUrl()));
		MisbehavingProviders.warmUp(this::call);
	}

	@AfterAll
	void stop() {
		this.consumer.stop();
		this.provider.stop();
	}

	@BeforeEach
	void signIn() {
		this.provider.resetToDefaultMappings();
		this.token = tokens().customer(UUID.randomUUID());
		SecurityContextHolder.getContext()
			.setAuthentication(new JwtAuthenticationToken(tokens().decoder().decode(this.token)));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void serverErrorsAreRetriedThenReportedUnavailable() {
		answer(aResponse().withStatus(500)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"about:blank\",\"status\":500}"));
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(this::call)
			.satisfies((failure) -> assertThat(failure.module()).isEqualTo(module()))
			.withMessageContaining("HTTP 500");
		this.provider.verify(3, requested());
	}

	@Test
	void tooManyRequestsKeepsTheProvidersRetryAfter() {
		answer(aResponse().withStatus(429).withHeader("Retry-After", "7"));
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(this::call)
			.satisfies((failure) -> assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(7)));
	}

	@Test
	void aProviderThatDoesNotAnswerInTimeIsReportedWithinTheDeadline() {
		answer(aResponse().withStatus(200).withFixedDelay(5_000));
		assertUnavailableWithinDeadline();
	}

	@Test
	void aBodyThatTricklesInIsReportedWithinTheDeadline() {
		answer(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"id\":\"5f1c3a52-8d0e-4a57-9f2b-3c1d7e0a9b11\",\"lines\":[],\"roles\":[]}")
			.withChunkedDribbleDelay(10, 5_000));
		assertUnavailableWithinDeadline();
	}

	@Test
	void aMalformedBodyIsReportedUnavailable() {
		answer(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("<html>gateway error</html>"));
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(this::call)
			.withMessageContaining("could not be read");
	}

	@Test
	void aConnectionResetIsReportedUnavailable() {
		answer(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(this::call);
	}

	@Test
	void aProblemOfAnUnknownTypeIsARefusalAttemptedOnce() {
		answer(aResponse().withStatus(409)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"urn:carve:problem:something-new\",\"status\":409}"));
		assertThatExceptionOfType(GatewayRefusedException.class).isThrownBy(this::call)
			.satisfies(
					(refusal) -> assertThat(refusal.reason()).isEqualTo(GatewayRefusedException.Reason.INVALID_REQUEST))
			.withMessageContaining("HTTP 409");
		this.provider.verify(1, requested());
	}

	/**
	 * Answers {@link #call}'s request this way, ahead of the published stubs.
	 * @param answer the answer
	 */
	protected final void answer(ResponseDefinitionBuilder answer) {
		this.provider.stubFor(stub().atPriority(0).willReturn(answer));
	}

	private void assertUnavailableWithinDeadline() {
		long started = System.nanoTime();
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(this::call);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
	}

}
