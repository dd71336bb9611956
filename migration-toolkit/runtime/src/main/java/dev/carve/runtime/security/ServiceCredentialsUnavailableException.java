package dev.carve.runtime.security;

import org.jspecify.annotations.Nullable;

/**
 * This process could not obtain a service credential: the identity module cannot be
 * reached, or it refused this process's client credentials. A gateway call that needs one
 * fails like any other transport failure.
 */
public class ServiceCredentialsUnavailableException extends RuntimeException {

	public ServiceCredentialsUnavailableException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
