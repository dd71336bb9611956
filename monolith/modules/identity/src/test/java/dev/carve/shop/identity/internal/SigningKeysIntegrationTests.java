package dev.carve.shop.identity.internal;

import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import dev.carve.testkit.WithPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The keys in the database: each test starts as the first process on an empty table, in a
 * database of this class's own.
 */
@SpringBootTest(webEnvironment = WebEnvironment.NONE, properties = "shop.identity.signing-key.rotate-after=30d")
@WithPostgres
class SigningKeysIntegrationTests {

	static final byte[] KEY_ENCRYPTION_KEY = Base64.getDecoder().decode("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");

	@Autowired
	SigningKeyStore store;

	@Autowired
	IdentityProperties properties;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	SigningKeys signingKeys;

	@BeforeEach
	void firstStart() {
		this.jdbc.update("DELETE FROM identity.signing_keys");
		this.signingKeys = new SigningKeys(this.store);
	}

	@Test
	void aRestartLoadsTheSameKeyInsteadOfMakingANewOne() {
		SigningKeys afterRestart = new SigningKeys(this.store);

		assertThat(afterRestart.current().getKeyID()).isEqualTo(this.signingKeys.current().getKeyID());
		assertThat(afterRestart.publicKey()).isEqualTo(this.signingKeys.publicKey());
		assertThat(afterRestart.current().isPrivate()).isTrue();
		assertThat(count()).isOne();
	}

	@Test
	void rowsHoldThePrivateKeysEncryptedNeverAsPkcs8() throws Exception {
		String pkcs8 = Base64.getEncoder().encodeToString(this.signingKeys.current().toRSAPrivateKey().getEncoded());

		List<Map<String, Object>> rows = this.jdbc
			.queryForList("SELECT private_key, encryption FROM identity.signing_keys");

		assertThat(rows).isNotEmpty().allSatisfy((row) -> {
			assertThat(row.get("encryption")).isEqualTo("A256GCM");
			assertThat((String) row.get("private_key")).isNotEqualTo(pkcs8).doesNotContain(pkcs8.substring(0, 40));
			assertThatExceptionOfType(Exception.class).isThrownBy(() -> KeyFactory.getInstance("RSA")
				.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode((String) row.get("private_key")))));
		});
	}

	@Test
	void afterTheConfiguredAgeANewKeySignsAndBothAreServed() throws Exception {
		String before = this.signingKeys.current().getKeyID();
		Clock monthLater = Clock.offset(Clock.systemUTC(), Duration.ofDays(31));

		SigningKeys later = new SigningKeys(this.store, monthLater);

		assertThat(later.current().getKeyID()).isNotEqualTo(before);
		JWKSet served = JWKSet.parse(later.publicJwks());
		assertThat(served.getKeys()).extracting((key) -> key.getKeyID())
			.containsExactly(later.current().getKeyID(), before);
		assertThat(served.getKeys()).noneMatch((key) -> key.isPrivate());
		assertThat(new SigningKeys(this.store, monthLater).current().getKeyID()).isEqualTo(later.current().getKeyID());
	}

	@Test
	void rowsKeptInPlainTextByAnEarlierVersionAreEncryptedOnStart() throws Exception {
		RSAKey old = this.signingKeys.current();
		String pkcs8 = Base64.getEncoder().encodeToString(old.toRSAPrivateKey().getEncoded());
		this.jdbc.update("UPDATE identity.signing_keys SET private_key = ?, encryption = NULL WHERE kid = ?", pkcs8,
				old.getKeyID());

		SigningKeys started = new SigningKeys(this.store);

		assertThat(started.current().toRSAPrivateKey()).isEqualTo(old.toRSAPrivateKey());
		assertThat(this.jdbc.queryForMap("SELECT private_key, encryption FROM identity.signing_keys WHERE kid = ?",
				old.getKeyID()))
			.containsEntry("encryption", "A256GCM")
			.doesNotContainEntry("private_key", pkcs8);
	}

	@Test
	void aWrongKeyEncryptionKeyIsRefusedNamingTheSetting() {
		byte[] wrong = KEY_ENCRYPTION_KEY.clone();
		wrong[0] ^= 1;
		SigningKeyStore withWrongKey = new SigningKeyStore(this.jdbc, this.transactionManager, new KeyEncryption(wrong),
				this.properties.signingKey());

		assertThatExceptionOfType(SigningKeyException.class).isThrownBy(() -> withWrongKey.load(Instant.now(), false))
			.withMessageContaining("does not decrypt")
			.satisfies((ex) -> assertThat(ex.action()).contains("CARVE_IDENTITY_KEY_ENCRYPTION_KEY"));
	}

	private long count() {
		Long count = this.jdbc.queryForObject("SELECT count(*) FROM identity.signing_keys", Long.class);
		return (count != null) ? count : 0;
	}

}
