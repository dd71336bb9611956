package dev.carve.runtime.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Random secrets for development defaults, kept in files only their owner may read
 * ({@code 0600} where the file system has POSIX permissions), as the embedded server
 * keeps its password.
 */
public final class SecretFiles {

	private static final SecureRandom random = new SecureRandom();

	private SecretFiles() {
	}

	/** 32 random bytes, base64. */
	public static String generate() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getEncoder().encodeToString(bytes);
	}

	/**
	 * The secret in the file, after creating the file with a new secret when there is
	 * none. Safe against another process creating it meanwhile: both end up with the
	 * secret that was written first.
	 * @param file the file, in a directory that exists
	 * @return 32 random bytes, base64, the same on every call
	 * @throws IOException when the file cannot be read or written
	 */
	public static String readOrCreate(Path file) throws IOException {
		if (!Files.exists(file)) {
			try {
				write(file, generate());
			}
			catch (FileAlreadyExistsException ex) {
				// created meanwhile: read that one
			}
		}
		return read(file);
	}

	static String read(Path file) throws IOException {
		return Files.readString(file, StandardCharsets.US_ASCII).strip();
	}

	/** Creates the file, readable and writable by its owner only. */
	static void write(Path file, String secret) throws IOException {
		Path created;
		try {
			created = Files.createFile(file,
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		catch (UnsupportedOperationException ex) {
			created = Files.createFile(file);
		}
		Files.writeString(created, secret, StandardCharsets.US_ASCII);
	}

}
