package dev.carve.runtime.gateway;

import java.time.Duration;
import java.time.Instant;

/**
 * The time left for one gateway call, retries included. A transport gives each attempt
 * what is left, so the caller never waits past the deadline.
 */
public final class CallBudget {

	private final Instant deadline;

	private CallBudget(Instant deadline) {
		this.deadline = deadline;
	}

	/** A budget that starts now. */
	public static CallBudget startingNow(Duration deadline) {
		return new CallBudget(Instant.now().plus(deadline));
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
