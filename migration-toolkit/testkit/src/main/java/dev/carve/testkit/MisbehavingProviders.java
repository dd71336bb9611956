package dev.carve.testkit;

import java.util.Arrays;

/**
 * How a consumer is set up to meet a provider that misbehaves: a short deadline, quick
 * retries, and a circuit breaker that never opens during the test class (Resilience4j
 * caps the minimum number of calls at the window size, so both are raised).
 */
public final class MisbehavingProviders {

	private MisbehavingProviders() {
	}

	/**
	 * The consumer's properties.
	 * @param module the remote module
	 * @param mode {@code grpc} or {@code http}
	 * @param url where the misbehaving provider listens
	 * @param more further properties, {@code key=value}
	 * @return the properties, {@code key=value}
	 */
	public static String[] consumer(String module, String mode, String url, String... more) {
		String prefix = "carve.modules." + module;
		String[] settings = { prefix + ".mode=" + mode, prefix + ".url=" + url, prefix + ".client.deadline=1500ms",
				prefix + ".client.retry.backoff=10ms", prefix + ".client.circuit-breaker.minimum-number-of-calls=1000",
				prefix + ".client.circuit-breaker.sliding-window-size=1000" };
		String[] all = Arrays.copyOf(settings, settings.length + more.length);
		System.arraycopy(more, 0, all, settings.length, more.length);
		return all;
	}

	/**
	 * Makes one call and ignores its outcome: the first call of a client loads its
	 * classes and opens its connections, which is kept out of the timings that tests
	 * assert.
	 * @param call the call
	 */
	public static void warmUp(Runnable call) {
		try {
			call.run();
		}
		catch (RuntimeException ex) {
			// Only the side effect of loading and connecting matters here.
		}
	}

}
