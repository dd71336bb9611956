package dev.carve.runtime.gateway;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

/**
 * The bearer token of the caller on whose behalf this thread works, so that a remote
 * gateway can relay it and the provider can check it.
 */
public final class CallerToken {

	private CallerToken() {
	}

	/** The current caller's bearer token, empty when the caller is not authenticated. */
	public static Optional<String> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof AbstractOAuth2TokenAuthenticationToken<?> token) {
			return Optional.of(token.getToken().getTokenValue());
		}
		return Optional.empty();
	}

}
