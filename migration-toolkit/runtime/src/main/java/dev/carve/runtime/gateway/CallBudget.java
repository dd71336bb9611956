package dev.carve.runtime.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The time left for one gateway call, retries included. A transport gives each attempt
 * what is left, so the caller never waits past the deadline: {@link RemoteCalls} hands it
 * to each attempt and binds it to the attempt's thread meanwhile ({@link #current()}), so
 * that a transport whose client interface has no place for it (an HTTP interface served
 * by the provider too) finds it where the request is sent.
 */
public final class CallBudget {

	private static final ScopedValue<CallBudget> CURRENT = ScopedValue.newInstance();

	private final Instant deadline;

	private CallBudget(Instant deadline) {
		this.deadline = deadline;
	}

	/** A budget that starts now. */
	public static CallBudget startingNow(Duration deadline) {
		return new CallBudget(Instant.now().plus(deadline));
	}

	/**
	 * The budget of the gateway call whose attempt runs on this thread.
	 * @return the budget, or empty outside an attempt of {@link RemoteCalls}
	 */
	public static Optional<CallBudget> current() {
		return CURRENT.isBound() ? Optional.of(CURRENT.get()) : Optional.empty();
	}

	/**
	 * Runs an attempt with this budget as {@link #current()}.
	 * @param <T> the attempt's result
	 * @param attempt the attempt
	 * @return its result
	 */
	public <T> T bindTo(Supplier<T> attempt) {
		return ScopedValue.where(CURRENT, this).call(attempt::get);
	}

	/** Time left, never negative. */
	public Duration remaining() {
		Duration left = Duration.between(Instant.now(), this.deadline);
		return left.isNegative() ? Duration.ZERO : left;
	}

	/** Whether no time is left. */
	public boolean spent() {
		return remaining().isZero();
	}

}
