package dev.carve.runtime.gateway;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.micrometer.tagged.TaggedBulkheadMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.core.env.Environment;

/**
 * Builds the {@link RemoteCalls} of each remote gateway from
 * {@code carve.modules.<module>.client.*}. The circuit breaker, bulkhead and retry of a
 * module are named after it ({@code resilience4j_circuitbreaker_state{name="inventory"}}
 * and so on in the metrics). The circuit breaker records only
 * {@link GatewayUnavailableException}s and retries repeat only those: a domain error or a
 * {@link GatewayRefusedException} says nothing about the module's health.
 */
public final class RemoteCallsFactory {

	private static final Log logger = LogFactory.getLog(RemoteCallsFactory.class);

	private final Environment environment;

	private final CircuitBreakerRegistry circuitBreakers = CircuitBreakerRegistry.ofDefaults();

	private final BulkheadRegistry bulkheads = BulkheadRegistry.ofDefaults();

	private final RetryRegistry retries = RetryRegistry.ofDefaults();

	/**
	 * Creates the factory.
	 * @param environment where module settings are read
	 * @param meters where the resilience metrics go, if anywhere
	 */
	public RemoteCallsFactory(Environment environment, @Nullable MeterRegistry meters) {
		this.environment = environment;
		if (meters != null) {
			TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(this.circuitBreakers).bindTo(meters);
			TaggedBulkheadMetrics.ofBulkheadRegistry(this.bulkheads).bindTo(meters);
			TaggedRetryMetrics.ofRetryRegistry(this.retries).bindTo(meters);
		}
	}

	/**
	 * The calls of one remote module.
	 * @param module the module's name
	 * @param contract the gateway interface, whose {@link dev.carve.api.Idempotent}
	 * methods are retried
	 * @param translator how its transport's failures are translated
	 * @param errors the gateway's domain errors
	 * @return the module's calls
	 * @throws IllegalStateException when the module's remote settings are missing or
	 * wrong
	 */
	public RemoteCalls create(String module, Class<?> contract, FailureTranslator translator,
			DomainErrorDecoder errors) {
		ContractOperations operations = ContractOperations.of(contract);
		RemoteModule remote = RemoteModule.of(module, this.environment);
		RemoteClientProperties client = remote.client();
		CircuitBreaker circuitBreaker = this.circuitBreakers.circuitBreaker(module, circuitBreakerConfig(client));
		logTransitions(circuitBreaker, module);
		Bulkhead bulkhead = this.bulkheads.bulkhead(module,
				BulkheadConfig.custom()
					.maxConcurrentCalls(client.bulkhead().maxConcurrentCalls())
					.maxWaitDuration(client.bulkhead().maxWait())
					.build());
		Retry retry = this.retries.retry(module, retryConfig(client));
		return new RemoteCalls(remote, operations, circuitBreaker, bulkhead, retry, translator, errors);
	}

	/**
	 * The calls of a declared gateway whose module runs elsewhere.
	 * @param gateway the gateway's definition: module, contract and domain errors
	 * @param translator how its transport's failures are translated
	 * @return the module's calls
	 * @throws IllegalStateException when the module's remote settings are missing or
	 * wrong
	 */
	public RemoteCalls create(GatewayDefinition<?> gateway, FailureTranslator translator) {
		return create(gateway.module(), gateway.contract(), translator, gateway.errors());
	}

	/**
	 * Logs each change of the module's circuit, an opening at {@code WARN} with the last
	 * failure it counted: the failures themselves are answered to callers, but what
	 * opened a circuit is otherwise nowhere to be seen.
	 */
	private static void logTransitions(CircuitBreaker circuitBreaker, String module) {
		AtomicReference<Throwable> lastFailure = new AtomicReference<>();
		circuitBreaker.getEventPublisher().onError((event) -> lastFailure.set(event.getThrowable()));
		circuitBreaker.getEventPublisher().onStateTransition((event) -> {
			String transition = "Circuit to module '" + module + "': " + event.getStateTransition();
			if (event.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
				logger.warn(transition + "; last failure counted", lastFailure.get());
			}
			else {
				logger.info(transition);
			}
		});
	}

	private static CircuitBreakerConfig circuitBreakerConfig(RemoteClientProperties client) {
		RemoteClientProperties.CircuitBreaker settings = client.circuitBreaker();
		return CircuitBreakerConfig.custom()
			.failureRateThreshold(settings.failureRateThreshold())
			.slidingWindowSize(settings.slidingWindowSize())
			.minimumNumberOfCalls(settings.minimumNumberOfCalls())
			.waitDurationInOpenState(settings.waitInOpenState())
			.permittedNumberOfCallsInHalfOpenState(Math.max(1, settings.probesWhenHalfOpen()))
			.recordException(GatewayUnavailableException.class::isInstance)
			.ignoreExceptions(BulkheadFullException.class, GatewayRefusedException.class, ModuleDormantException.class)
			.build();
	}

	private static RetryConfig retryConfig(RemoteClientProperties client) {
		Duration backoff = client.retry().backoff();
		return RetryConfig.custom()
			.maxAttempts(Math.max(1, client.retry().maxAttempts()))
			.intervalFunction(IntervalFunction.ofExponentialBackoff(backoff, 2.0))
			.retryOnException((failure) -> failure instanceof GatewayUnavailableException
					&& !(failure instanceof RemoteCalls.DeadlinePassed) && !(failure instanceof ModuleDormantException))
			.build();
	}

}
