package dev.carve.shop.identity.internal;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
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
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The signing keys in {@code identity.signing_keys}, private parts encrypted with the
 * key-encryption key. Every read happens in its own transaction under an advisory lock,
 * so instances starting or rotating together agree on one key: the first to find the
 * newest key too old (or none) creates the next, the others load it.
 */
@Component
class SigningKeyStore {

	private static final Log logger = LogFactory.getLog(SigningKeyStore.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final KeyEncryption encryption;

	private final IdentityProperties.SigningKey settings;

	@Autowired
	SigningKeyStore(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, KeyEncryptionKeys keys,
			IdentityProperties properties) {
		this(jdbc, transactionManager, keys.encryption(), properties.signingKey());
	}

	SigningKeyStore(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, KeyEncryption encryption,
			IdentityProperties.SigningKey settings) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactionManager);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.encryption = encryption;
		this.settings = settings;
	}

	/**
	 * The current and previous key, after encrypting rows kept in plain text by earlier
	 * versions and, when the newest key is due for rotation (or {@code force}), creating
	 * the next one. Keys older than the previous one are deleted.
	 * @throws SigningKeyException when the key-encryption key does not decrypt the keys
	 */
	SigningKeyRing load(Instant now, boolean force) {
		SigningKeyRing ring = this.transaction.execute((status) -> {
			this.jdbc.execute("SELECT pg_advisory_xact_lock(hashtext('identity.signing_keys'))");
			encryptPlaintextRows();
			List<SigningKeyRing.Entry> newest = this.jdbc.query(
					"SELECT kid, public_key, private_key, created_at FROM identity.signing_keys"
							+ " ORDER BY created_at DESC, kid DESC LIMIT 2",
					(row, index) -> new SigningKeyRing.Entry(
							decode(row.getString("kid"), row.getString("public_key"), row.getString("private_key")),
							row.getTimestamp("created_at").toInstant()));
			if (newest.isEmpty() || force || isDue(newest.getFirst().createdAt(), now)) {
				SigningKeyRing.Entry created = new SigningKeyRing.Entry(insert(generate(), now), now);
				SigningKeyRing.@Nullable Entry previous = newest.isEmpty() ? null : newest.getFirst();
				deleteAllBut(created, previous);
				if (previous != null) {
					logger.info("Rotated the signing key: " + created.key().getKeyID() + " signs from now on, "
							+ previous.key().getKeyID() + " still verifies");
				}
				return new SigningKeyRing(created, previous);
			}
			return new SigningKeyRing(newest.getFirst(), (newest.size() > 1) ? newest.get(1) : null);
		});
		if (ring == null) {
			throw new IllegalStateException("No signing key");
		}
		return ring;
	}

	private boolean isDue(Instant createdAt, Instant now) {
		Instant rotateBefore = this.settings.rotateBefore();
		boolean forced = rotateBefore != null && !rotateBefore.isAfter(now) && createdAt.isBefore(rotateBefore);
		return forced || !createdAt.plus(this.settings.rotateAfter()).isAfter(now);
	}

	private void encryptPlaintextRows() {
		List<Map<String, Object>> plain = this.jdbc
			.queryForList("SELECT kid, private_key FROM identity.signing_keys WHERE encryption IS NULL");
		for (Map<String, Object> row : plain) {
			String kid = (String) row.get("kid");
			byte[] pkcs8 = Base64.getDecoder().decode((String) row.get("private_key"));
			this.jdbc.update("UPDATE identity.signing_keys SET private_key = ?, encryption = ? WHERE kid = ?",
					this.encryption.encrypt(pkcs8, kid), KeyEncryption.ALGORITHM, kid);
		}
		if (!plain.isEmpty()) {
			logger.info("Encrypted " + plain.size() + " signing key(s) kept in plain text by an earlier version");
		}
	}

	private RSAKey insert(RSAKey key, Instant now) {
		this.jdbc.update(
				"INSERT INTO identity.signing_keys (kid, public_key, private_key, encryption, created_at)"
						+ " VALUES (?, ?, ?, ?, ?)",
				key.getKeyID(), Base64.getEncoder().encodeToString(publicKeyOf(key).getEncoded()),
				this.encryption.encrypt(privateKeyOf(key).getEncoded(), key.getKeyID()), KeyEncryption.ALGORITHM,
				Timestamp.from(now));
		return key;
	}

	private void deleteAllBut(SigningKeyRing.Entry created, SigningKeyRing.@Nullable Entry previous) {
		String kept = (previous != null) ? previous.key().getKeyID() : created.key().getKeyID();
		this.jdbc.update("DELETE FROM identity.signing_keys WHERE kid <> ? AND kid <> ?", created.key().getKeyID(),
				kept);
	}

	private RSAKey decode(String kid, String publicKey, String privateKey) {
		byte[] pkcs8 = this.encryption.decrypt(privateKey, kid);
		try {
			KeyFactory factory = KeyFactory.getInstance("RSA");
			return build(kid,
					(RSAPublicKey) factory
						.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey))),
					(RSAPrivateKey) factory.generatePrivate(new PKCS8EncodedKeySpec(pkcs8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The signing key " + kid + " in identity.signing_keys is unreadable", ex);
		}
	}

	private static RSAKey generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			var pair = generator.generateKeyPair();
			return build(UUID.randomUUID().toString(), (RSAPublicKey) pair.getPublic(),
					(RSAPrivateKey) pair.getPrivate());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not generate a signing key", ex);
		}
	}

	private static RSAKey build(String kid, RSAPublicKey publicKey, RSAPrivateKey privateKey) {
		return new RSAKey.Builder(publicKey).privateKey(privateKey)
			.keyID(kid)
			.keyUse(KeyUse.SIGNATURE)
			.algorithm(JWSAlgorithm.RS256)
			.build();
	}

	static RSAPublicKey publicKeyOf(RSAKey key) {
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
