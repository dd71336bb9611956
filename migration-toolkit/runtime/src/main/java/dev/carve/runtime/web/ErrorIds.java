package dev.carve.runtime.web;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Short random ids that tie a problem response to the log line written for it. */
final class ErrorIds {

	private static final SecureRandom random = new SecureRandom();

	private ErrorIds() {
	}

	/** A new id: twelve hexadecimal characters. */
	static String next() {
		byte[] bytes = new byte[6];
		random.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

}
