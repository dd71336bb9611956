package dev.carve.shop.identity.internal;

import java.time.Duration;
import java.util.Map;

import dev.carve.api.DomainException;
import dev.carve.api.ErrorKind;

/** The identity module's refusals, each a problem response with its own code. */
class IdentityException extends DomainException {

	private IdentityException(ErrorKind kind, String code, String message, Map<String, Object> properties) {
		super(kind, code, message, properties);
	}

	/** 409 {@code email-taken}: a customer already has this e-mail address. */
	static IdentityException emailTaken(String email) {
		return new IdentityException(ErrorKind.CONFLICT, "email-taken",
				"A customer with e-mail address " + email + " already exists", Map.of("email", email));
	}

	/**
	 * 401 {@code invalid-credentials}: the same answer whether the e-mail address is
	 * known or not.
	 */
	static IdentityException invalidCredentials() {
		return new IdentityException(ErrorKind.UNAUTHENTICATED, "invalid-credentials",
				"The e-mail address or the password is wrong", Map.of());
	}

	/** 429 {@code too-many-attempts}, with {@code retryAfterSeconds}. */
	static IdentityException tooManyAttempts(Duration retryAfter) {
		long seconds = seconds(retryAfter);
		return new IdentityException(ErrorKind.TOO_MANY_REQUESTS, "too-many-attempts",
				"Too many failed logins; try again in " + seconds + " seconds", Map.of("retryAfterSeconds", seconds));
	}

	/** 429 {@code too-many-sign-ups}, with {@code retryAfterSeconds}. */
	static IdentityException tooManySignUps(Duration retryAfter) {
		long seconds = seconds(retryAfter);
		return new IdentityException(ErrorKind.TOO_MANY_REQUESTS, "too-many-sign-ups",
				"Too many sign-ups; try again in " + seconds + " seconds", Map.of("retryAfterSeconds", seconds));
	}

	private static long seconds(Duration retryAfter) {
		return Math.max(1, retryAfter.toSeconds() + ((retryAfter.toNanosPart() > 0) ? 1 : 0));
	}

	/** 401 {@code invalid-refresh-token}: unknown, expired or revoked. */
	static IdentityException invalidRefreshToken() {
		return new IdentityException(ErrorKind.UNAUTHENTICATED, "invalid-refresh-token",
				"The refresh token is unknown, expired or revoked; log in again", Map.of());
	}

	/**
	 * 401 {@code invalid-refresh-token}: the token was used before, so every token of its
	 * login has been revoked.
	 */
	static IdentityException reusedRefreshToken() {
		return new IdentityException(ErrorKind.UNAUTHENTICATED, "invalid-refresh-token",
				"The refresh token was already used; every session of that login has been ended, log in again",
				Map.of());
	}

	/** 404 {@code customer-not-found}. */
	static IdentityException customerNotFound() {
		return new IdentityException(ErrorKind.NOT_FOUND, "customer-not-found", "There is no such customer", Map.of());
	}

	/** 403 {@code forbidden}: a customer asked for someone else's account. */
	static IdentityException notYourAccount() {
		return new IdentityException(ErrorKind.FORBIDDEN, "forbidden", "You may only see your own account", Map.of());
	}

}
