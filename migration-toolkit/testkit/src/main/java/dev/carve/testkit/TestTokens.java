package dev.carve.testkit;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * RS256 access tokens for tests of modules that run without the identity module: a key
 * pair of its own, a {@link JwtDecoder} that trusts it, and tokens with any subject and
 * roles. Tokens carry the claims identity's tokens carry: {@code sub} (customer id),
 * {@code email}, {@code roles}.
 */
public final class TestTokens {

	private final RSAKey key;

	private TestTokens(RSAKey key) {
		this.key = key;
	}

	/** A new issuer with a fresh 2048-bit RSA key. */
	public static TestTokens create() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			return new TestTokens(
					new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
						.keyID(UUID.randomUUID().toString())
						.build());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A decoder that accepts this issuer's tokens, for a test's {@code JwtDecoder} bean.
	 */
	public JwtDecoder decoder() {
		try {
			return NimbusJwtDecoder.withPublicKey(this.key.toRSAPublicKey()).build();
		}
		catch (com.nimbusds.jose.JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A token for a customer, valid for fifteen minutes. */
	public String customer(UUID customerId) {
		return token(customerId, List.of("CUSTOMER"), Duration.ofMinutes(15));
	}

	/** A token for an administrator, valid for fifteen minutes. */
	public String admin(UUID customerId) {
		return token(customerId, List.of("CUSTOMER", "ADMIN"), Duration.ofMinutes(15));
	}

	/**
	 * A token with the given subject and roles; a negative lifetime gives an expired
	 * token.
	 * @param subject the customer id
	 * @param roles the roles claim
	 * @param lifetime how long from now the token is valid
	 * @return the signed token
	 */
	public String token(UUID subject, List<String> roles, Duration lifetime) {
		Instant now = Instant.now();
		Instant issuedAt = lifetime.isNegative() ? now.plus(lifetime).minusSeconds(60) : now;
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.subject(subject.toString())
			.issuedAt(issuedAt)
			.expiresAt(now.plus(lifetime))
			.claim("email", subject + "@example.test")
			.claim("roles", roles)
			.build();
		NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<SecurityContext>(new JWKSet(this.key)));
		return encoder
			.encode(JwtEncoderParameters
				.from(JwsHeader.with(SignatureAlgorithm.RS256).keyId(this.key.getKeyID()).build(), claims))
			.getTokenValue();
	}

}
