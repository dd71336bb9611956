package dev.carve.runtime.gateway;

import java.time.Duration;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a process calls a module that runs elsewhere:
 * {@code carve.modules.<module>.client.*}.
 *
 * @param deadline how long one gateway call may take in all, retries included; the caller
 * gets a {@link GatewayUnavailableException} when it passes
 * @param retry retries of idempotent calls
 * @param circuitBreaker when to stop calling a module that keeps failing
 * @param bulkhead how many calls to the module may be under way at once
 */
public record RemoteClientProperties(@DefaultValue("2s") Duration deadline, @DefaultValue Retry retry,
		@DefaultValue CircuitBreaker circuitBreaker, @DefaultValue Bulkhead bulkhead) {

	/** Defaults for every setting. */
	public static RemoteClientProperties defaults() {
		return new RemoteClientProperties(Duration.ofSeconds(2), new Retry(3, Duration.ofMillis(100)),
				new CircuitBreaker(50, 20, 10, Duration.ofSeconds(10), 1), new Bulkhead(32, Duration.ofMillis(100)));
	}

	/**
	 * Retries, for methods the contract marks idempotent only; a domain error is never
	 * retried.
	 *
	 * @param maxAttempts attempts in all, the first included; 1 turns retries off
	 * @param backoff the wait before the first retry, doubled before each further one
	 */
	public record Retry(@DefaultValue("3") int maxAttempts, @DefaultValue("100ms") Duration backoff) {
	}

	/**
	 * A circuit breaker over the module's transport failures (domain errors do not
	 * count).
	 *
	 * @param failureRateThreshold the percentage of failed calls that opens the circuit
	 * @param slidingWindowSize how many recent calls the rate is taken over
	 * @param minimumNumberOfCalls how many calls must be seen before the rate counts
	 * @param waitInOpenState how long an open circuit refuses calls before it lets probes
	 * through
	 * @param probesWhenHalfOpen how many calls probe a half-open circuit; when as many of
	 * them succeed as the failure-rate threshold asks, the circuit closes (with the
	 * default of one, the first call that succeeds after the wait closes it)
	 */
	public record CircuitBreaker(@DefaultValue("50") float failureRateThreshold,
			@DefaultValue("20") int slidingWindowSize, @DefaultValue("10") int minimumNumberOfCalls,
			@DefaultValue("10s") Duration waitInOpenState, @DefaultValue("1") int probesWhenHalfOpen) {
	}

	/**
	 * A bulkhead: a slow module cannot take every thread of the caller.
	 *
	 * @param maxConcurrentCalls calls to the module under way at once
	 * @param maxWait how long a call waits for a free slot before it is refused
	 */
	public record Bulkhead(@DefaultValue("32") int maxConcurrentCalls, @DefaultValue("100ms") Duration maxWait) {
	}

}
