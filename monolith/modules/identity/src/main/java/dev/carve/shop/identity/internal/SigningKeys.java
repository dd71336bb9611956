package dev.carve.shop.identity.internal;

import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The RSA keys that sign and verify access tokens, kept in {@code identity.signing_keys}
 * (see {@link SigningKeyStore}) so restarts and other instances use the same ones.
 * <p>
 * A new key replaces the current one once it is
 * {@code shop.identity.signing-key.rotate-after} old (or older than
 * {@code rotate-before}, or on {@link #rotate()}). The replaced key stays in the served
 * key set until the next rotation, so tokens it signed stay valid until they expire. This
 * process re-reads the keys every minute (picking up rotations made by other instances,
 * and making its own when due), and at once when asked to verify a token signed by a key
 * it does not know.
 */
@Component
@DependsOnDatabaseInitialization
public class SigningKeys {

	private static final Log logger = LogFactory.getLog(SigningKeys.class);

	private static final Duration RELOAD_EVERY = Duration.ofMinutes(1);

	private static final Duration UNKNOWN_KEY_RELOAD_EVERY = Duration.ofSeconds(5);

	private final SigningKeyStore store;

	private final Clock clock;

	private volatile SigningKeyRing ring;

	private volatile Instant loadedAt;

	@Autowired
	SigningKeys(SigningKeyStore store) {
		this(store, Clock.systemUTC());
	}

	SigningKeys(SigningKeyStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
		this.loadedAt = clock.instant();
		this.ring = store.load(this.loadedAt, false);
	}

	/**
	 * The RSA key to sign with right now, private part included; it never leaves this
	 * module. Its key id belongs in the header of what it signs.
	 */
	public RSAKey current() {
		return fresh(RELOAD_EVERY).current().key();
	}

	/** The public key of {@link #current()}. */
	public RSAPublicKey publicKey() {
		return SigningKeyStore.publicKeyOf(current());
	}

	/**
	 * The public keys that verify tokens, as served at {@code /.well-known/jwks.json}:
	 * the current key and the one before it.
	 */
	public Map<String, Object> publicJwks() {
		return fresh(RELOAD_EVERY).publicKeys().toJSONObject(true);
	}

	/**
	 * The keys of {@link #publicJwks()} for a verifier that selects by key id. A key id
	 * it does not know makes this re-read the keys (at most every few seconds), so a
	 * token signed by a key another instance just created verifies here too.
	 */
	public JWKSource<SecurityContext> verificationKeys() {
		return (selector, context) -> {
			List<JWK> found = selector.select(fresh(RELOAD_EVERY).publicKeys());
			return found.isEmpty() ? selector.select(fresh(UNKNOWN_KEY_RELOAD_EVERY).publicKeys()) : found;
		};
	}

	/**
	 * Replaces the signing key now, whatever its age; the replaced key still verifies
	 * until the next rotation. Other instances sign with the new key within a minute.
	 * @return the new signing key
	 */
	public synchronized RSAKey rotate() {
		reload(true);
		return this.ring.current().key();
	}

	private SigningKeyRing fresh(Duration maxAge) {
		if (!this.clock.instant().isBefore(this.loadedAt.plus(maxAge))) {
			synchronized (this) {
				if (!this.clock.instant().isBefore(this.loadedAt.plus(maxAge))) {
					reload(false);
				}
			}
		}
		return this.ring;
	}

	private void reload(boolean force) {
		Instant now = this.clock.instant();
		try {
			this.ring = this.store.load(now, force);
		}
		catch (DataAccessException ex) {
			if (force) {
				throw ex;
			}
			logger.warn("Could not re-read the signing keys; keeping the ones loaded at " + this.loadedAt, ex);
		}
		finally {
			this.loadedAt = now;
		}
	}

}
