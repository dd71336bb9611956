package dev.carve.runtime.gateway;

import java.util.UUID;

import dev.carve.runtime.RuntimeTestApplication;
import dev.carve.runtime.SinkTestApplication;
import dev.carve.testkit.MisbehavingProviders;
import dev.carve.testkit.ModuleProcess;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * A consumer process of the sample gateway for the transport-failure suites: the sample
 * module remote, set up to meet a provider that misbehaves
 * ({@link MisbehavingProviders}), and a customer signed in on the test's thread.
 */
public final class SampleConsumer {

	private SampleConsumer() {
	}

	/**
	 * Starts the consumer and calls the gateway once, ignoring the outcome: the first
	 * call loads the client's classes and opens its connection, kept out of the timings
	 * the suites assert.
	 * @param mode {@code grpc} or {@code http}
	 * @param url where the provider listens
	 * @return the consumer
	 */
	public static ModuleProcess start(String mode, String url) {
		ModuleProcess consumer = ModuleProcess.start(SinkTestApplication.class, RuntimeTestApplication.tokens,
				MisbehavingProviders.consumer("sample", mode, url));
		MisbehavingProviders.warmUp(consumer.context().getBean(SampleGateway.class)::probe);
		return consumer;
	}

	/**
	 * Signs a new customer in on this thread, as a request of theirs would.
	 * @return the customer's token, which the gateway relays
	 */
	public static String signIn() {
		String token = RuntimeTestApplication.tokens.customer(UUID.randomUUID());
		SecurityContextHolder.getContext()
			.setAuthentication(new JwtAuthenticationToken(RuntimeTestApplication.tokens.decoder().decode(token)));
		return token;
	}

}
