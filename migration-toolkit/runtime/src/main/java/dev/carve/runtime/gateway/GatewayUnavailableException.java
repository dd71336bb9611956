package dev.carve.runtime.gateway;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * A module that runs elsewhere could not be reached in time: connection refused, deadline
 * passed, circuit open, or an answer that made no sense. Every remote gateway turns every
 * transport failure into this one exception; the web layer answers {@code 503} with
 * {@code Retry-After}.
 *
 * <p>
 * The caller cannot know whether a non-idempotent call took effect; compensations must be
 * idempotent for that reason.
 */
public class GatewayUnavailableException extends RuntimeException {

	private final String module;

	private final Duration retryAfter;

	public GatewayUnavailableException(String module, String message, Duration retryAfter, @Nullable Throwable cause) {
		super(message, cause);
		this.module = module;
		this.retryAfter = retryAfter;
	}

	/** The module that could not be reached. */
	public String module() {
		return this.module;
	}

	/** How long a caller should wait before trying again. */
	public Duration retryAfter() {
		return this.retryAfter;
	}

}
