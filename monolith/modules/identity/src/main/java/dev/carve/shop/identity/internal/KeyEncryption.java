package dev.carve.shop.identity.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts private keys at rest with the key-encryption key: AES-256-GCM, a random 96-bit
 * nonce per encryption, and the key's id as associated data, so a ciphertext moved to
 * another row does not decrypt. The stored form is base64 of nonce and ciphertext.
 */
final class KeyEncryption {

	/** The value of {@code identity.signing_keys.encryption} for rows encrypted here. */
	static final String ALGORITHM = "A256GCM";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom random = new SecureRandom();

	private final SecretKey key;

	/**
	 * @param key 32 bytes
	 * @throws IllegalArgumentException when the key is not 32 bytes
	 */
	KeyEncryption(byte[] key) {
		if (key.length != 32) {
			throw new IllegalArgumentException("A key-encryption key is 32 bytes, not " + key.length);
		}
		this.key = new SecretKeySpec(key, "AES");
	}

	String encrypt(byte[] plaintext, String kid) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			random.nextBytes(nonce);
			Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, kid);
			byte[] sealed = cipher.doFinal(plaintext);
			return Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not encrypt signing key " + kid, ex);
		}
	}

	/**
	 * @throws SigningKeyException when this is not the key the value was encrypted with
	 * (or the value was changed)
	 */
	byte[] decrypt(String stored, String kid) {
		byte[] bytes = Base64.getDecoder().decode(stored);
		try {
			Cipher cipher = cipher(Cipher.DECRYPT_MODE, java.util.Arrays.copyOf(bytes, NONCE_BYTES), kid);
			return cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
		}
		catch (AEADBadTagException ex) {
			throw SigningKeyException.wrongKeyEncryptionKey(kid);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not decrypt signing key " + kid, ex);
		}
	}

	private Cipher cipher(int mode, byte[] nonce, String kid) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, this.key, new GCMParameterSpec(TAG_BITS, nonce));
		cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
		return cipher;
	}

}
