package dev.carve.adapters.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.carve.runtime.gateway.GatewayRefusedException;
import dev.carve.runtime.gateway.GatewayUnavailableException;
import dev.carve.testkit.MisbehavingProviders;
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
 * A module's HTTP gateway in a consumer process against WireMock serving the provider's
 * published stubs ({@code META-INF/carve/stubs/<module>}), reset to them before each
 * test, with a customer signed in: where a module's adapters test that its stubs answer
 * its gateway and that its own problems come back as its contract's exceptions. A
 * subclass names its module, its test application, one idempotent call and its request.
 * Every module's gateway is checked here not to read a 404 that is not its own problem as
 * an answer (a wrong URL, a proxy, another module's not-found), and to keep a 500 of its
 * problem type unavailable and retried; what every HTTP gateway does when its provider
 * misbehaves otherwise is tested once, in the runtime
 * ({@code HttpGatewayFailureIntegrationTests}, on its sample gateway).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class StubbedHttpProviderTests {

	private final String module;

	private final Class<?> application;

	private final TestTokens tokens;

	private WireMockServer provider;

	private ModuleProcess consumer;

	private String token;

	/**
	 * The tests of a module.
	 * @param module the module's name
	 * @param application the module's test application, which the consumer runs
	 * @param tokens the issuer of the tokens the consumer is given and the caller holds
	 */
	protected StubbedHttpProviderTests(String module, Class<?> application, TestTokens tokens) {
		this.module = module;
		this.application = application;
		this.tokens = tokens;
	}

	/**
	 * Properties of the consumer's beyond where the provider is and how the consumer
	 * meets it: modules its test application would otherwise run beside this one, left
	 * out.
	 * @return {@code key=value}
	 */
	protected String[] consumerProperties() {
		return new String[0];
	}

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
				wireMockConfig().dynamicPort().usingFilesUnderClasspath("META-INF/carve/stubs/" + this.module));
		this.provider.start();
		List<String> properties = new ArrayList<>(List.of(consumerProperties()));
		properties.addAll(List.of(MisbehavingProviders.consumer(this.module, "http", this.provider.baseUrl())));
		this.consumer = ModuleProcess.start(this.application, this.tokens, properties.toArray(String[]::new));
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
		this.token = this.tokens.customer(UUID.randomUUID());
		SecurityContextHolder.getContext()
			.setAuthentication(new JwtAuthenticationToken(this.tokens.decoder().decode(this.token)));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aNotFoundOfAnotherKindIsARefusalNotAnAnswer() {
		answer(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"urn:carve:problem:not-found\",\"status\":404,\"errorId\":\"e1\"}"));
		assertThatExceptionOfType(GatewayRefusedException.class).isThrownBy(this::call)
			.withMessageContaining("HTTP 404");
	}

	@Test
	void aBare404IsARefusalNamingTheModule() {
		answer(aResponse().withStatus(404).withHeader("Content-Type", "text/html").withBody("<h1>Not Found</h1>"));
		assertThatExceptionOfType(GatewayRefusedException.class).isThrownBy(this::call)
			.satisfies((failure) -> assertThat(failure.module()).isEqualTo(this.module));
	}

	@Test
	void aServerErrorOfTheProblemTypeIsUnavailableAfterThreeAttempts() {
		answer(aResponse().withStatus(500)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"urn:carve:problem:internal-error\",\"status\":500,\"errorId\":\"e1\"}"));
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(this::call)
			.withMessageContaining("HTTP 500");
		this.provider.verify(3, requested());
	}

	/**
	 * Answers {@link #call}'s request this way, ahead of the published stubs.
	 * @param answer the answer
	 */
	protected final void answer(ResponseDefinitionBuilder answer) {
		this.provider.stubFor(stub().atPriority(0).willReturn(answer));
	}

}
