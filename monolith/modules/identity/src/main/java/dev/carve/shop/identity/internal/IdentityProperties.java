package dev.carve.shop.identity.internal;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the identity module, under {@code shop.identity}.
 *
 * @param issuer the {@code iss} claim of every access token; tokens with another issuer
 * are refused
 * @param accessTokenLifetime how long an access token is valid
 * @param refreshTokenLifetime how long a refresh token is valid; each refresh starts a
 * new lifetime
 * @param login limits on failed logins
 * @param signUp limits on sign-ups
 * @param signingKey the key that signs access tokens
 * @param tokenCleanup how refresh tokens that can no longer be used are deleted
 */
@ConfigurationProperties("shop.identity")
public record IdentityProperties(@DefaultValue("urn:carve:identity") String issuer,
		@DefaultValue("15m") Duration accessTokenLifetime, @DefaultValue("30d") Duration refreshTokenLifetime,
		@DefaultValue Login login, @DefaultValue SignUp signUp, @DefaultValue SigningKey signingKey,
		@DefaultValue TokenCleanup tokenCleanup) {

	public IdentityProperties {
		if (!accessTokenLifetime.isPositive() || !refreshTokenLifetime.isPositive()) {
			throw new IllegalArgumentException("shop.identity token lifetimes must be positive");
		}
	}

	/**
	 * Limits on failed logins, under {@code shop.identity.login}. Each limit is a number
	 * of failures per {@code window}; used-up attempts come back evenly over the window.
	 * Successful logins do not count.
	 *
	 * @param window the period the limits count over
	 * @param failuresPerAddress failed logins one client address may have, whatever the
	 * accounts
	 * @param failuresPerAccount failed logins for one account from all the client
	 * addresses it has not logged in from lately; addresses it has are not held back by
	 * this limit, so others' failures never lock its owner out of a known address
	 * @param failuresPerAccountAndAddress failed logins for one account from one client
	 * address
	 * @param knownAddressLifetime how long a client address stays known for an account
	 * after a successful login from it
	 * @param maxTrackedKeys how many counters each limit (and the known addresses) keeps
	 * in memory at most; the least used are dropped first
	 */
	public record Login(@DefaultValue("1m") Duration window, @DefaultValue("30") int failuresPerAddress,
			@DefaultValue("5") int failuresPerAccountAndAddress, @DefaultValue("20") int failuresPerAccount,
			@DefaultValue("30d") Duration knownAddressLifetime, @DefaultValue("10000") int maxTrackedKeys) {

		public Login {
			positive("shop.identity.login.window", window);
			positive("shop.identity.login.known-address-lifetime", knownAddressLifetime);
			atLeastOne("shop.identity.login", failuresPerAddress, failuresPerAccountAndAddress, failuresPerAccount,
					maxTrackedKeys);
		}

	}

	/**
	 * Limits on sign-ups (each costs a password hash), under
	 * {@code shop.identity.sign-up}. Used-up sign-ups come back evenly over the window.
	 *
	 * @param window the period the limits count over
	 * @param perAddress sign-ups one client address may make
	 * @param total sign-ups all clients together may make
	 * @param maxTrackedKeys how many client addresses are tracked in memory at most
	 */
	public record SignUp(@DefaultValue("1m") Duration window, @DefaultValue("5") int perAddress,
			@DefaultValue("60") int total, @DefaultValue("10000") int maxTrackedKeys) {

		public SignUp {
			positive("shop.identity.sign-up.window", window);
			atLeastOne("shop.identity.sign-up", perAddress, total, maxTrackedKeys);
		}

	}

	/**
	 * The key that signs access tokens, under {@code shop.identity.signing-key}.
	 *
	 * @param rotateAfter how old the signing key may get before a new one replaces it;
	 * the previous key keeps verifying tokens until the next rotation
	 * @param rotateBefore when set, a signing key created before this instant is replaced
	 * at the next start: an operator forces a rotation by setting it to the current time
	 * and restarting
	 * @param encryptionKey the key-encryption key (AES-256, base64 of 32 bytes) that
	 * encrypts the private keys in the database; the environment variable
	 * {@code CARVE_IDENTITY_KEY_ENCRYPTION_KEY} sets it too. Required with the
	 * {@code production} profile; otherwise, when not set, a generated one is kept in a
	 * file (see {@code KeyEncryptionKeys})
	 */
	public record SigningKey(@DefaultValue("30d") Duration rotateAfter, @Nullable Instant rotateBefore,
			@Nullable String encryptionKey) {

		public SigningKey {
			positive("shop.identity.signing-key.rotate-after", rotateAfter);
		}

	}

	/**
	 * The deletion of refresh tokens that can no longer be used, under
	 * {@code shop.identity.token-cleanup}.
	 *
	 * @param interval how often expired and revoked tokens are deleted
	 * @param revokedRetention how long a revoked token is kept (to tell what happened to
	 * a family) before it is deleted; an expired token is deleted at once
	 * @param batchSize how many tokens one delete statement removes
	 */
	public record TokenCleanup(@DefaultValue("1h") Duration interval, @DefaultValue("1d") Duration revokedRetention,
			@DefaultValue("1000") int batchSize) {

		public TokenCleanup {
			positive("shop.identity.token-cleanup.interval", interval);
			atLeastOne("shop.identity.token-cleanup.batch-size", batchSize);
		}

	}

	private static void positive(String name, Duration value) {
		if (!value.isPositive()) {
			throw new IllegalArgumentException(name + " must be positive");
		}
	}

	private static void atLeastOne(String prefix, int... values) {
		for (int value : values) {
			if (value < 1) {
				throw new IllegalArgumentException(prefix + " limits must be at least 1");
			}
		}
	}

}
