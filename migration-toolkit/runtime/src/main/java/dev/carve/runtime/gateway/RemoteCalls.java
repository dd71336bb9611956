package dev.carve.runtime.gateway;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.carve.api.DomainException;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;

/**
 * Every call of one remote gateway goes through here: a deadline over the whole call, a
 * bulkhead per attempt, retries for the methods the contract marks
 * {@link dev.carve.api.Idempotent}, a circuit breaker that counts calls (a call retried
 * three times is one call), and one translation of failures. What leaves is the call's
 * result, the contract's domain exception, a {@link GatewayRefusedException} (the
 * provider refused the request itself; attempted once, not counted by the circuit
 * breaker) or a {@link GatewayUnavailableException} — never a transport type. A probe of
 * the other side ({@link OtherSideWarmUp}) is attempted once, outside all of that.
 */
public final class RemoteCalls {

	private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

	private final RemoteModule module;

	private final CircuitBreaker circuitBreaker;

	private final Bulkhead bulkhead;

	private final Retry retry;

	private final FailureTranslator translator;

	private final DomainErrorDecoder errors;

	private final ContractOperations operations;

	RemoteCalls(RemoteModule module, ContractOperations operations, CircuitBreaker circuitBreaker, Bulkhead bulkhead,
			Retry retry, FailureTranslator translator, DomainErrorDecoder errors) {
		this.module = module;
		this.operations = operations;
		this.circuitBreaker = circuitBreaker;
		this.bulkhead = bulkhead;
		this.retry = retry;
		this.translator = translator;
		this.errors = errors;
	}

	/** The module these calls go to. */
	public RemoteModule module() {
		return this.module;
	}

	/**
	 * Whether calls go through: the circuit is closed. When it is open or half-open,
	 * calls are refused or only probes pass.
	 */
	public boolean circuitClosed() {
		return this.circuitBreaker.getState() == CircuitBreaker.State.CLOSED;
	}

	/**
	 * Calls the remote module.
	 * @param <T> the result type
	 * @param operation the contract method's name; it is retried when the contract marks
	 * it {@link dev.carve.api.Idempotent}, attempted once otherwise
	 * @param attempt one attempt, given the call's budget (also
	 * {@link CallBudget#current()} while it runs); it must not outlive
	 * {@link CallBudget#remaining()}
	 * @return the result
	 * @throws DomainException when the provider refused the call for a business reason
	 * @throws GatewayRefusedException when the provider refused the request itself
	 * (invalid input, refused credentials) without a domain error the gateway knows
	 * @throws GatewayUnavailableException when the module could not be reached in time or
	 * answered something that made no sense
	 * @throws IllegalArgumentException when the contract has no such operation
	 */
	public <T> T call(String operation, Function<CallBudget, T> attempt) {
		boolean idempotent = this.operations.idempotent(operation);
		CallBudget budget = CallBudget.startingNow(this.module.client().deadline());
		if (RoutedCalls.probing(this.module.name())) {
			// A probe warms the path: neither retried nor counted by the circuit breaker.
			return attempt(operation, attempt, budget);
		}
		Supplier<T> once = Bulkhead.decorateSupplier(this.bulkhead, () -> {
			if (budget.spent()) {
				throw new DeadlinePassed(this.module.name(), operation, this.module.client().deadline());
			}
			return attempt(operation, attempt, budget);
		});
		Supplier<T> retried = idempotent ? Retry.decorateSupplier(this.retry, once) : once;
		Supplier<T> call = CircuitBreaker.decorateSupplier(this.circuitBreaker, retried);
		try {
			return call.get();
		}
		catch (CallNotPermittedException ex) {
			throw new GatewayUnavailableException(this.module.name(),
					"Module '" + this.module.name() + "' failed too often recently; calls are paused",
					this.module.client().circuitBreaker().waitInOpenState(), ex);
		}
		catch (BulkheadFullException ex) {
			throw new GatewayUnavailableException(this.module.name(),
					"Too many calls to module '" + this.module.name() + "' are under way", RETRY_AFTER, ex);
		}
	}

	/**
	 * Calls the remote module through a client that finds the call's budget itself, as
	 * {@link CallBudget#current()}.
	 * @param <T> the result type
	 * @param operation the contract method's name
	 * @param attempt one attempt
	 * @return the result
	 * @see #call(String, Function)
	 */
	public <T> T call(String operation, Supplier<T> attempt) {
		return call(operation, (budget) -> attempt.get());
	}

	/**
	 * Calls the remote module for its effect only.
	 * @param operation the contract method's name
	 * @param attempt one attempt
	 * @see #call(String, Function)
	 */
	public void run(String operation, Consumer<CallBudget> attempt) {
		call(operation, (budget) -> {
			attempt.accept(budget);
			return Boolean.TRUE;
		});
	}

	/**
	 * Calls the remote module for its effect only, through a client that finds the call's
	 * budget itself, as {@link CallBudget#current()}.
	 * @param operation the contract method's name
	 * @param attempt one attempt
	 * @see #call(String, Function)
	 */
	public void run(String operation, Runnable attempt) {
		run(operation, (budget) -> attempt.run());
	}

	private <T> T attempt(String operation, Function<CallBudget, T> attempt, CallBudget budget) {
		try {
			return budget.bindTo(() -> attempt.apply(budget));
		}
		catch (DomainException | GatewayRefusedException | GatewayUnavailableException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			RuntimeException translated = translate(ex);
			if (translated instanceof DomainException || translated instanceof GatewayRefusedException
					|| translated instanceof GatewayUnavailableException) {
				throw translated;
			}
			throw new GatewayUnavailableException(this.module.name(),
					"Module '" + this.module.name() + "' gave an answer to " + operation + " that could not be used",
					RETRY_AFTER, ex);
		}
	}

	private RuntimeException translate(RuntimeException failure) {
		try {
			return this.translator.translate(this.module.name(), failure, this.errors);
		}
		catch (RuntimeException ex) {
			ex.addSuppressed(failure);
			return ex;
		}
	}

	/** The whole call's deadline passed; no further attempt is made. */
	static final class DeadlinePassed extends GatewayUnavailableException {

		DeadlinePassed(String module, String operation, Duration deadline) {
			super(module,
					"Module '" + module + "' did not answer " + operation + " within " + deadline.toMillis() + " ms",
					RETRY_AFTER, null);
		}

	}

}
