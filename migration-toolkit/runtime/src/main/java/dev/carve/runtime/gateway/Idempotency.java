package dev.carve.runtime.gateway;

/**
 * Whether a gateway method may be repeated after an unknown outcome, as its contract
 * states. Only idempotent calls are retried.
 */
public enum Idempotency {

	/** Repeating the call has the effect of calling once. */
	IDEMPOTENT,

	/** Repeating the call may repeat its effect; it is attempted once. */
	NOT_IDEMPOTENT

}
