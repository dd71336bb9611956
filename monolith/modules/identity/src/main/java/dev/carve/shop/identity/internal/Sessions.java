package dev.carve.shop.identity.internal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logins and refreshes. A login starts a family of refresh tokens; each refresh uses up
 * its token and issues the next of the family. Presenting a used token again means it was
 * copied, so the whole family is revoked.
 */
@Service
class Sessions {

	private final Customers customers;

	private final RefreshTokens refreshTokens;

	private final Passwords passwords;

	private final LoginThrottle throttle;

	private final AccessTokens accessTokens;

	private final IdentityProperties properties;

	Sessions(Customers customers, RefreshTokens refreshTokens, Passwords passwords, LoginThrottle throttle,
			AccessTokens accessTokens, IdentityProperties properties) {
		this.customers = customers;
		this.refreshTokens = refreshTokens;
		this.passwords = passwords;
		this.throttle = throttle;
		this.accessTokens = accessTokens;
		this.properties = properties;
	}

	/**
	 * Checks the credentials and starts a session.
	 * @throws IdentityException {@code too-many-attempts} or {@code invalid-credentials}
	 */
	@Transactional
	TokenResponse login(String email, String password, String clientAddress) {
		String normalized = Customer.normalize(email);
		LoginThrottle.Attempt attempt = this.throttle.attempt(normalized, clientAddress);
		Optional<Customer> found = this.customers.findByEmail(normalized);
		if (!this.passwords.matches(password, found.map(Customer::passwordHash).orElse(null))) {
			throw IdentityException.invalidCredentials();
		}
		Customer customer = found.orElseThrow();
		attempt.succeeded();
		Instant now = Instant.now();
		String value = RefreshToken.newValue();
		this.refreshTokens.save(RefreshToken.first(value, customer.id(), now, refreshExpiry(now)));
		return new TokenResponse(this.accessTokens.issue(customer, now), value, this.accessTokens.lifetimeSeconds());
	}

	/**
	 * Uses up a refresh token and issues the next pair. Commits even when it refuses, so
	 * that the revocation of a reused token's family sticks.
	 * @throws IdentityException {@code invalid-refresh-token}
	 */
	@Transactional(noRollbackFor = IdentityException.class)
	TokenResponse refresh(String refreshToken) {
		Instant now = Instant.now();
		RefreshToken token = this.refreshTokens.findByTokenHash(RefreshToken.hash(refreshToken))
			.orElseThrow(IdentityException::invalidRefreshToken);
		if (token.isUsed()) {
			this.refreshTokens.revokeFamily(token.familyId(), now);
			throw IdentityException.reusedRefreshToken();
		}
		if (!token.isUsable(now)) {
			throw IdentityException.invalidRefreshToken();
		}
		Customer customer = this.customers.findById(token.customerId())
			.orElseThrow(IdentityException::invalidRefreshToken);
		token.markUsed(now);
		String value = RefreshToken.newValue();
		this.refreshTokens.save(token.successor(value, now, refreshExpiry(now)));
		return new TokenResponse(this.accessTokens.issue(customer, now), value, this.accessTokens.lifetimeSeconds());
	}

	private Instant refreshExpiry(Instant now) {
		return now.plus(this.properties.refreshTokenLifetime());
	}

}
