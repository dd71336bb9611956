package dev.carve.adapters.testkit;

import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.carve.testkit.MisbehavingProviders;
import dev.carve.testkit.ModuleProcess;
import dev.carve.testkit.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * A module's HTTP gateway in a consumer process against WireMock serving the provider's
 * published stubs ({@code META-INF/carve/stubs/<module>}), reset to them before each
 * test, with a customer signed in: where a module's adapters test that its stubs answer
 * its gateway and that its own problems come back as its contract's exceptions. A
 * subclass names its module, one idempotent call and its request. What every HTTP gateway
 * does when its provider misbehaves is tested once, in the runtime
 * ({@code HttpGatewayFailureIntegrationTests}, on its sample gateway).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class StubbedHttpProviderTests {

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

	/**
	 * Answers {@link #call}'s request this way, ahead of the published stubs.
	 * @param answer the answer
	 */
	protected final void answer(ResponseDefinitionBuilder answer) {
		this.provider.stubFor(stub().atPriority(0).willReturn(answer));
	}

}
