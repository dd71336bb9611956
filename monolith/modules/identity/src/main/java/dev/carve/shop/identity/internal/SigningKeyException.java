package dev.carve.shop.identity.internal;

/**
 * The signing keys cannot be used as configured; start-up stops with this message (see
 * {@link SigningKeyFailureAnalyzer}).
 */
public class SigningKeyException extends IllegalStateException {

	static final String SETTING = "CARVE_IDENTITY_KEY_ENCRYPTION_KEY (shop.identity.signing-key.encryption-key)";

	private final String action;

	private SigningKeyException(String message, String action) {
		super(message);
		this.action = action;
	}

	/** What an operator does about it. */
	public String action() {
		return this.action;
	}

	static SigningKeyException wrongKeyEncryptionKey(String kid) {
		return new SigningKeyException(
				"The key-encryption key does not decrypt signing key " + kid
						+ " in identity.signing_keys: it is not the key the signing keys were encrypted with.",
				"Set " + SETTING + " to the key this database's signing keys were encrypted with.");
	}

	static SigningKeyException malformed(String source) {
		return new SigningKeyException("The key-encryption key in " + source + " is not base64 of 32 bytes.", "Set "
				+ SETTING + " to 32 random bytes in base64, for example the output of 'openssl rand -base64 32'.");
	}

	static SigningKeyException missing() {
		return new SigningKeyException(
				"No key-encryption key is configured for the identity module's signing keys, and the 'production'"
						+ " profile does not allow a generated one.",
				"Set " + SETTING + " to 32 random bytes in base64, for example the output of 'openssl rand -base64 32',"
						+ " the same on every instance, and keep it out of the database.");
	}

}
