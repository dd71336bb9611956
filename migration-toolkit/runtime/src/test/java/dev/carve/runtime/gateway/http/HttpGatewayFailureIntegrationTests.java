package dev.carve.runtime.gateway.http;

import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.carve.runtime.gateway.GatewayRefusedException;
import dev.carve.runtime.gateway.GatewayUnavailableException;
import dev.carve.runtime.gateway.SampleConsumer;
import dev.carve.runtime.gateway.SampleGateway;
import dev.carve.runtime.gateway.SampleRefusedException;
import dev.carve.runtime.security.ServiceTokens;
import dev.carve.testkit.ModuleProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.core.context.SecurityContextHolder;

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
 * What every HTTP gateway does when its provider misbehaves, on the sample gateway in a
 * consumer process ({@code carve.modules.sample.mode=http}) against WireMock: idempotent
 * calls are tried three times with both credentials relayed, others once; server errors,
 * a slow answer or body, a malformed body and a reset connection are a
 * {@link GatewayUnavailableException} within the deadline, keeping the provider's
 * {@code Retry-After}; the module's problem is the contract's exception, a problem of a
 * type the gateway does not know a {@link GatewayRefusedException}, both attempted once.
 * Each module's own problems, against its published stubs, are its adapters' tests.
 */
class HttpGatewayFailureIntegrationTests {

	private static WireMockServer provider;

	private static ModuleProcess consumer;

	private SampleGateway sample;

	private String token;

	@BeforeAll
	static void start() {
		provider = new WireMockServer(wireMockConfig().dynamicPort());
		provider.start();
		consumer = SampleConsumer.start("http", provider.baseUrl());
	}

	@AfterAll
	static void stop() {
		consumer.stop();
		provider.stop();
	}

	@BeforeEach
	void signIn() {
		provider.resetAll();
		this.token = SampleConsumer.signIn();
		this.sample = consumer.context().getBean(SampleGateway.class);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void anAnswerArrivesWithBothCredentials() {
		answer(SampleHttpApi.PROBE,
				aResponse().withStatus(200)
					.withHeader("Content-Type", "application/json")
					.withBody("{\"text\":\"probed\"}"));
		assertThat(this.sample.probe()).isEqualTo("probed");
		provider.verify(1,
				postRequestedFor(urlPathEqualTo(SampleHttpApi.PROBE))
					.withHeader("Authorization", equalTo("Bearer " + this.token))
					.withHeader(ServiceTokens.HEADER, matching("Bearer [\\w-]+\\.[\\w-]+\\.[\\w-]+")));
	}

	@Test
	void serverErrorsAreRetriedThenReportedUnavailable() {
		answer(SampleHttpApi.PROBE,
				aResponse().withStatus(500)
					.withHeader("Content-Type", "application/problem+json")
					.withBody("{\"type\":\"about:blank\",\"status\":500}"));
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(this.sample::probe)
			.satisfies((failure) -> {
				assertThat(failure.module()).isEqualTo("sample");
				assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(1));
			})
			.withMessageContaining("HTTP 500");
		provider.verify(3, postRequestedFor(urlPathEqualTo(SampleHttpApi.PROBE)));
	}

	@Test
	void aCallThatIsNotIdempotentIsAttemptedOnce() {
		answer(SampleHttpApi.PLACE, aResponse().withStatus(503));
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(this.sample::place)
			.withMessageContaining("HTTP 503");
		provider.verify(1, postRequestedFor(urlPathEqualTo(SampleHttpApi.PLACE)));
	}

	@Test
	void tooManyRequestsKeepsTheProvidersRetryAfter() {
		answer(SampleHttpApi.PROBE, aResponse().withStatus(429).withHeader("Retry-After", "7"));
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(this.sample::probe)
			.satisfies((failure) -> assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(7)));
	}

	@Test
	void aProviderThatDoesNotAnswerInTimeIsReportedWithinTheDeadline() {
		answer(SampleHttpApi.PROBE, aResponse().withStatus(200).withFixedDelay(5_000));
		assertUnavailableWithinDeadline();
	}

	@Test
	void aBodyThatTricklesInIsReportedWithinTheDeadline() {
		answer(SampleHttpApi.PROBE,
				aResponse().withStatus(200)
					.withHeader("Content-Type", "application/json")
					.withBody("{\"text\":\"a slow answer, a few bytes at a time, longer than the deadline\"}")
					.withChunkedDribbleDelay(10, 5_000));
		assertUnavailableWithinDeadline();
	}

	@Test
	void aMalformedBodyIsReportedUnavailable() {
		answer(SampleHttpApi.PROBE,
				aResponse().withStatus(200)
					.withHeader("Content-Type", "application/json")
					.withBody("<html>gateway error</html>"));
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(this.sample::probe)
			.withMessageContaining("could not be read");
	}

	@Test
	void aConnectionResetIsReportedUnavailable() {
		answer(SampleHttpApi.PROBE, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(this.sample::probe)
			.satisfies((failure) -> assertThat(failure.module()).isEqualTo("sample"));
	}

	@Test
	void theModulesProblemBecomesTheContractsExceptionAndIsNotRepeated() {
		answer(SampleHttpApi.PROBE,
				aResponse().withStatus(409)
					.withHeader("Content-Type", "application/problem+json")
					.withBody("{\"type\":\"urn:carve:problem:sample-refused\",\"status\":409,"
							+ "\"reason\":\"closed on Sundays\"}"));
		assertThatExceptionOfType(SampleRefusedException.class).isThrownBy(this.sample::probe)
			.satisfies((refusal) -> assertThat(refusal.reason()).isEqualTo("closed on Sundays"));
		provider.verify(1, postRequestedFor(urlPathEqualTo(SampleHttpApi.PROBE)));
	}

	@Test
	void aProblemOfAnUnknownTypeIsARefusalAttemptedOnce() {
		answer(SampleHttpApi.PROBE,
				aResponse().withStatus(409)
					.withHeader("Content-Type", "application/problem+json")
					.withBody("{\"type\":\"urn:carve:problem:something-new\",\"status\":409}"));
		assertThatExceptionOfType(GatewayRefusedException.class).isThrownBy(this.sample::probe).satisfies((refusal) -> {
			assertThat(refusal.module()).isEqualTo("sample");
			assertThat(refusal.reason()).isEqualTo(GatewayRefusedException.Reason.INVALID_REQUEST);
		}).withMessageContaining("HTTP 409");
		provider.verify(1, postRequestedFor(urlPathEqualTo(SampleHttpApi.PROBE)));
	}

	private static void answer(String path, ResponseDefinitionBuilder answer) {
		provider.stubFor(post(urlPathEqualTo(path)).willReturn(answer));
	}

	private void assertUnavailableWithinDeadline() {
		long started = System.nanoTime();
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(this.sample::probe)
			.satisfies((failure) -> assertThat(failure.module()).isEqualTo("sample"));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
	}

}
