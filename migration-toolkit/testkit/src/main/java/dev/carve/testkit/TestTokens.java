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

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;
import org.jspecify.annotations.Nullable;

import org.springframework.context.support.GenericApplicationContext;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * RS256 tokens for tests of modules that run without the identity module: a key pair of
 * its own, a {@link JwtDecoder} that trusts it, end users' tokens with any subject and
 * roles (the claims identity's tokens carry: {@code sub}, {@code email}, {@code roles}),
 * and service credentials ({@code carve_service}, {@code aud} =
 * {@code carve:module:<module>}), also over HTTP with the client-credentials grant
 * ({@link #server()}), the way identity issues them.
 */
public final class TestTokens {

	/** Everything a service credential from {@link #server()} may call. */
	public static final List<String> EVERY_MODULE = List.of("identity", "catalog", "inventory", "orders", "payments",
			"notifications", "operations");

	private final RSAKey key;

	private final @Nullable String issuer;

	private final NimbusJwtEncoder encoder;

	private @Nullable TestIdentityServer server;

	private TestTokens(RSAKey key, @Nullable String issuer) {
		this.key = key;
		this.issuer = issuer;
		this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<SecurityContext>(new JWKSet(key)));
	}

	/** A new issuer with a fresh 2048-bit RSA key, whose tokens carry no {@code iss}. */
	public static TestTokens create() {
		return new TestTokens(generateKey(), null);
	}

	/**
	 * A new issuer with a fresh 2048-bit RSA key.
	 * @param issuer the {@code iss} claim of its tokens
	 * @return the issuer
	 */
	public static TestTokens create(String issuer) {
		return new TestTokens(generateKey(), issuer);
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

	/**
	 * Registers {@link #decoder()} in an application context that is being prepared, as a
	 * bean definition (so that the context's post-processors, the runtime's token cache
	 * among them, apply to it as to a deployed process's decoder) and as a fallback (so
	 * that where the identity module runs, its own decoder decides, as in production).
	 * @param context the context, before its refresh
	 */
	public void registerDecoder(GenericApplicationContext context) {
		context.registerBean("testTokensJwtDecoder", JwtDecoder.class, this::decoder,
				(definition) -> definition.setFallback(true));
	}

	/** The public key set, as identity serves it. */
	public String jwkSet() {
		return new JWKSet(this.key).toString(true);
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
		return token(subject, roles, lifetime, this.issuer);
	}

	/**
	 * A token with the given subject, roles and issuer.
	 * @param subject the customer id
	 * @param roles the roles claim
	 * @param lifetime how long from now the token is valid; negative for an expired one
	 * @param issuer the {@code iss} claim, or {@code null} for none
	 * @return the signed token
	 */
	public String token(UUID subject, List<String> roles, Duration lifetime, @Nullable String issuer) {
		JwtClaimsSet.Builder claims = claims(lifetime).subject(subject.toString())
			.claim("email", subject + "@example.test")
			.claim("roles", roles);
		if (issuer != null) {
			claims.issuer(issuer);
		}
		return sign(claims.build());
	}

	/**
	 * A service credential, valid for five minutes.
	 * @param clientId the calling deployable
	 * @param mayCall module names, or {@code operations}
	 * @return the signed token
	 */
	public String service(String clientId, List<String> mayCall) {
		List<String> audiences = mayCall.stream()
			.map((target) -> "operations".equals(target) ? "carve:operations" : "carve:module:" + target)
			.toList();
		JwtClaimsSet.Builder claims = claims(Duration.ofMinutes(5)).subject(clientId)
			.claim("carve_service", clientId)
			.audience(audiences);
		if (this.issuer != null) {
			claims.issuer(this.issuer);
		}
		return sign(claims.build());
	}

	/**
	 * The key set and a client-credentials token endpoint of this issuer, served over
	 * HTTP on a loopback port from the first call on.
	 */
	public synchronized TestIdentityServer server() {
		if (this.server == null) {
			this.server = TestIdentityServer.start(this);
		}
		return this.server;
	}

	/**
	 * Properties that make a process fetch its service credentials from {@link #server()}
	 * as a client that may call every module.
	 * @param clientId the process's client id
	 * @return {@code carve.service-credentials.*} settings
	 */
	public String[] serviceCredentialProperties(String clientId) {
		return new String[] { "carve.service-credentials.token-uri=" + server().tokenUri(),
				"carve.service-credentials.client-id=" + clientId,
				"carve.service-credentials.client-secret=" + TestIdentityServer.CLIENT_SECRET };
	}

	private JwtClaimsSet.Builder claims(Duration lifetime) {
		Instant now = Instant.now();
		Instant issuedAt = lifetime.isNegative() ? now.plus(lifetime).minusSeconds(60) : now;
		return JwtClaimsSet.builder().issuedAt(issuedAt).expiresAt(now.plus(lifetime));
	}

	private String sign(JwtClaimsSet claims) {
		return this.encoder
			.encode(JwtEncoderParameters
				.from(JwsHeader.with(SignatureAlgorithm.RS256).keyId(this.key.getKeyID()).build(), claims))
			.getTokenValue();
	}

	private static RSAKey generateKey() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
				.keyID(UUID.randomUUID().toString())
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.build();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
