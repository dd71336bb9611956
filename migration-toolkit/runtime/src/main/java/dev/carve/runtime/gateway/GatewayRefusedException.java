package dev.carve.runtime.gateway;

import org.jspecify.annotations.Nullable;

/**
 * A module that runs elsewhere answered, and refused the call for a reason of the request
 * itself rather than of the module's health: an HTTP 4xx other than 408 and 429, or a
 * gRPC status such as {@code INVALID_ARGUMENT} or {@code UNAUTHENTICATED}, without a
 * domain error the gateway knows. Such a call is attempted once, never retried, and not
 * counted by the module's circuit breaker, so requests crafted to be refused cannot pause
 * the module for everyone.
 *
 * <p>
 * The web layer answers {@link Reason#INVALID_REQUEST} with {@code 400
 * invalid-request} and {@link Reason#CREDENTIALS_REFUSED} with {@code 502
 * module-refused}; neither carries what the provider said.
 */
public class GatewayRefusedException extends RuntimeException {

	/** Why the provider refused. */
	public enum Reason {

		/** The provider found the request itself invalid, or what it names absent. */
		INVALID_REQUEST,

		/**
		 * The provider refused the caller's credentials: a configuration error between
		 * modules, not the customer's fault.
		 */
		CREDENTIALS_REFUSED

	}

	private final String module;

	private final Reason reason;

	public GatewayRefusedException(String module, Reason reason, String message, @Nullable Throwable cause) {
		super(message, cause);
		this.module = module;
		this.reason = reason;
	}

	/** The module that refused. */
	public String module() {
		return this.module;
	}

	/** Why it refused. */
	public Reason reason() {
		return this.reason;
	}

}
