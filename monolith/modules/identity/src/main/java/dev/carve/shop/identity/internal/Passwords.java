package dev.carve.shop.identity.internal;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Bcrypt password hashes. Checking a password takes as long whether or not the customer
 * exists, so response times do not reveal which e-mail addresses are registered.
 */
@Component
class Passwords {

	/** Bcrypt reads at most this many bytes of a password. */
	static final int MAX_BYTES = 72;

	private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();

	private final String decoy = this.encoder.encode("not-a-password-of-anyone");

	/** The bcrypt hash of a password of at most {@value #MAX_BYTES} UTF-8 bytes. */
	String hash(String password) {
		if (!fits(password)) {
			throw new IllegalArgumentException("password longer than " + MAX_BYTES + " bytes");
		}
		return this.encoder.encode(password);
	}

	/**
	 * Whether the password matches the hash; with no hash, compares against a decoy and
	 * answers {@code false}.
	 */
	boolean matches(String password, @Nullable String hash) {
		if (hash == null || !fits(password)) {
			this.encoder.matches(password, this.decoy);
			return false;
		}
		return this.encoder.matches(password, hash);
	}

	static boolean fits(String password) {
		return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
	}

}
