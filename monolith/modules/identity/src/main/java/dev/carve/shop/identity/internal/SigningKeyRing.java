package dev.carve.shop.identity.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import org.jspecify.annotations.Nullable;

/**
 * The key that signs now and the one it replaced, which still verifies tokens it signed.
 *
 * @param current the signing key, private part included
 * @param previous the key before it, if any
 */
record SigningKeyRing(Entry current, @Nullable Entry previous) {

	/** The public keys that verify tokens: the current one first. */
	JWKSet publicKeys() {
		List<JWK> keys = new ArrayList<>();
		keys.add(this.current.key().toPublicJWK());
		if (this.previous != null) {
			keys.add(this.previous.key().toPublicJWK());
		}
		return new JWKSet(keys);
	}

	/**
	 * A stored key.
	 *
	 * @param key the key pair
	 * @param createdAt when it was created
	 */
	record Entry(RSAKey key, Instant createdAt) {
	}

}
