package dev.carve.runtime.security;

import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Checks the service credential a caller presents: a token the process's
 * {@link JwtDecoder} accepts (identity's signature and issuer, not expired) that is a
 * service token ({@link ServiceTokens#isServiceToken}) with the wanted audience.
 */
public final class ServiceCredentialVerifier {

	private final Supplier<JwtDecoder> decoder;

	/**
	 * Creates the verifier.
	 * @param decoder the decoder that checks identity's tokens in this process, looked up
	 * when the first credential is checked
	 */
	public ServiceCredentialVerifier(Supplier<JwtDecoder> decoder) {
		this.decoder = decoder;
	}

	/**
	 * Verifies a presented credential.
	 * @param header the {@code Bearer <token>} value presented, if any
	 * @param audience the audience the call needs, such as {@code carve:module:payments}
	 * @return the verified token, empty when it is missing, invalid, not a service token
	 * or not meant for that audience
	 */
	public Optional<Jwt> verify(@Nullable String header, String audience) {
		String token = ServiceTokens.bearerToken(header);
		if (token == null) {
			return Optional.empty();
		}
		try {
			Jwt jwt = this.decoder.get().decode(token);
			boolean meant = ServiceTokens.isServiceToken(jwt) && jwt.getAudience() != null
					&& jwt.getAudience().contains(audience);
			return meant ? Optional.of(jwt) : Optional.empty();
		}
		catch (JwtException ex) {
			return Optional.empty();
		}
	}

}
