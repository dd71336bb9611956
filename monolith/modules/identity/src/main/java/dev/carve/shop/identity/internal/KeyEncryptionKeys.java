package dev.carve.shop.identity.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import dev.carve.runtime.embedded.EmbeddedPostgresServer;
import dev.carve.runtime.embedded.SecretFiles;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Finds the key-encryption key that protects the private signing keys at rest, in this
 * order:
 * <ol>
 * <li>{@code shop.identity.signing-key.encryption-key}, or the environment variable
 * {@code CARVE_IDENTITY_KEY_ENCRYPTION_KEY}: base64 of 32 bytes;
 * <li>with the {@code production} profile: none, start-up fails;
 * <li>with the embedded PostgreSQL running: a generated key kept in its data directory
 * ({@code carve-secret-identity-key-encryption-key}, owner-only), so it goes wherever the
 * data goes;
 * <li>otherwise a generated key kept in {@value #FALLBACK_FILE} under the working
 * directory (owner-only), with a warning.
 * </ol>
 * A generated key keeps the private keys out of database dumps and SQL reads, not away
 * from someone who can read the files of the process's machine.
 */
@Component
class KeyEncryptionKeys {

	static final String FALLBACK_FILE = ".carve/identity-key-encryption-key";

	private static final Log logger = LogFactory.getLog(KeyEncryptionKeys.class);

	private final KeyEncryption encryption;

	KeyEncryptionKeys(IdentityProperties properties, Environment environment,
			ObjectProvider<EmbeddedPostgresServer> embedded) {
		this.encryption = new KeyEncryption(resolve(properties, environment, embedded));
	}

	KeyEncryption encryption() {
		return this.encryption;
	}

	private static byte[] resolve(IdentityProperties properties, Environment environment,
			ObjectProvider<EmbeddedPostgresServer> embedded) {
		String configured = properties.signingKey().encryptionKey();
		String source = "shop.identity.signing-key.encryption-key";
		if (!StringUtils.hasText(configured)) {
			configured = environment.getProperty("CARVE_IDENTITY_KEY_ENCRYPTION_KEY");
			source = "CARVE_IDENTITY_KEY_ENCRYPTION_KEY";
		}
		if (StringUtils.hasText(configured)) {
			return decode(configured, source);
		}
		if (environment.matchesProfiles("production")) {
			throw SigningKeyException.missing();
		}
		try {
			EmbeddedPostgresServer server = embedded.getIfAvailable();
			if (server != null) {
				return decode(server.secret("identity-key-encryption-key"), "the embedded data directory");
			}
			Path file = Path.of(FALLBACK_FILE).toAbsolutePath();
			Files.createDirectories(file.getParent());
			logger.warn("No key-encryption key is configured for the signing keys: using a generated one kept in "
					+ file + ". Set " + SigningKeyException.SETTING + " for anything but development.");
			return decode(SecretFiles.readOrCreate(file), file.toString());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not keep a generated key-encryption key", ex);
		}
	}

	private static byte[] decode(String value, String source) {
		try {
			byte[] key = Base64.getDecoder().decode(value.strip());
			if (key.length == 32) {
				return key;
			}
		}
		catch (IllegalArgumentException ex) {
			// not base64: reported below
		}
		throw SigningKeyException.malformed(source);
	}

}
