package dev.carve.shop.identity.internal;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;

import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The RSA key pair that signs access tokens. It lives in {@code identity.signing_keys}:
 * the first process to start creates it, every later start (and every other instance)
 * loads the same key, so issued tokens stay valid and the JWKS stays the same.
 */
@Component
@DependsOnDatabaseInitialization
public class SigningKeys {

	private final RSAKey key;

	SigningKeys(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
		TransactionTemplate transaction = new TransactionTemplate(transactionManager);
		this.key = transaction.execute((status) -> loadOrCreate(jdbc));
	}

	/** The signing key, private part included; it never leaves this module. */
	public RSAKey current() {
		return this.key;
	}

	/** The public key that verifies access tokens. */
	public RSAPublicKey publicKey() {
		return publicKeyOf(this.key);
	}

	/** The public key set, as served at {@code /.well-known/jwks.json}. */
	Map<String, Object> publicJwks() {
		return new JWKSet(this.key).toJSONObject(true);
	}

	private static RSAKey loadOrCreate(JdbcTemplate jdbc) {
		jdbc.execute("SELECT pg_advisory_xact_lock(hashtext('identity.signing_keys'))");
		List<RSAKey> keys = jdbc.query(
				"SELECT kid, public_key, private_key FROM identity.signing_keys ORDER BY created_at, kid LIMIT 1",
				(row, index) -> decode(row.getString("kid"), row.getString("public_key"),
						row.getString("private_key")));
		if (!keys.isEmpty()) {
			return keys.getFirst();
		}
		RSAKey created = generate();
		Base64.Encoder base64 = Base64.getEncoder();
		jdbc.update("INSERT INTO identity.signing_keys (kid, public_key, private_key, created_at) VALUES (?, ?, ?, ?)",
				created.getKeyID(), base64.encodeToString(publicKeyOf(created).getEncoded()),
				base64.encodeToString(privateKeyOf(created).getEncoded()), Timestamp.from(Instant.now()));
		return created;
	}

	private static RSAKey generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			return build(UUID.randomUUID().toString(), (RSAPublicKey) pair.getPublic(),
					(RSAPrivateKey) pair.getPrivate());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not generate the signing key", ex);
		}
	}

	private static RSAKey decode(String kid, String publicKey, String privateKey) {
		try {
			KeyFactory factory = KeyFactory.getInstance("RSA");
			Base64.Decoder base64 = Base64.getDecoder();
			return build(kid, (RSAPublicKey) factory.generatePublic(new X509EncodedKeySpec(base64.decode(publicKey))),
					(RSAPrivateKey) factory.generatePrivate(new PKCS8EncodedKeySpec(base64.decode(privateKey))));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The signing key " + kid + " in identity.signing_keys is unreadable", ex);
		}
	}

	private static RSAKey build(String kid, RSAPublicKey publicKey, RSAPrivateKey privateKey) {
		return new RSAKey.Builder(publicKey).privateKey(privateKey)
			.keyID(kid)
			.keyUse(KeyUse.SIGNATURE)
			.algorithm(JWSAlgorithm.RS256)
			.build();
	}

	private static RSAPublicKey publicKeyOf(RSAKey key) {
		try {
			return key.toRSAPublicKey();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RSAPrivateKey privateKeyOf(RSAKey key) {
		try {
			return key.toRSAPrivateKey();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
