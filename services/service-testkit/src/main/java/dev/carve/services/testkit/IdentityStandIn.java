package dev.carve.services.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Stands in for the identity module in the tests of a service that runs without it: an
 * RSA signing key whose public JWK set a JDK HTTP server on a random loopback port serves
 * at {@link #JWKS_PATH}, as identity does, and access tokens shaped like identity's:
 * RS256 with the key id in the header, claims {@code iss} ({@link #ISSUER} unless asked
 * otherwise), {@code sub} (customer id), {@code email}, {@code roles}, {@code iat},
 * {@code exp}. The server stops when the JVM exits.
 */
public final class IdentityStandIn {

	/** Where the identity module serves its public keys. */
	public static final String JWKS_PATH = "/.well-known/jwks.json";

	/** The issuer the identity module puts in its tokens by default. */
	public static final String ISSUER = "urn:carve:identity";

	private final RSAKey key;

	private final JwtEncoder encoder;

	private final HttpServer server;

	private final AtomicInteger jwkSetRequests = new AtomicInteger();

	private IdentityStandIn(RSAKey key) throws IOException {
		this.key = key;
		this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<SecurityContext>(new JWKSet(key)));
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext(JWKS_PATH, this::serveJwkSet);
	}

	/**
	 * Generates a key and starts serving its JWK set.
	 * @return the running stand-in
	 */
	public static IdentityStandIn start() {
		try {
			IdentityStandIn identity = new IdentityStandIn(generateKey());
			identity.server.start();
			Runtime.getRuntime()
				.addShutdownHook(new Thread(() -> identity.server.stop(0), "carve-identity-stand-in-stop"));
			return identity;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the JWK set server", ex);
		}
	}

	/** The address of the JWK set, for {@code jwk-set-uri}. */
	public String jwkSetUri() {
		return "http://" + this.server.getAddress().getAddress().getHostAddress() + ":"
				+ this.server.getAddress().getPort() + JWKS_PATH;
	}

	/** How many times the JWK set was fetched so far. */
	public int jwkSetRequests() {
		return this.jwkSetRequests.get();
	}

	/** A customer's token, valid for fifteen minutes. */
	public String customer(UUID customerId) {
		return token(customerId, List.of("CUSTOMER"), ISSUER);
	}

	/** An administrator's token, valid for fifteen minutes. */
	public String admin(UUID customerId) {
		return token(customerId, List.of("ADMIN", "CUSTOMER"), ISSUER);
	}

	/**
	 * A token valid for fifteen minutes.
	 * @param subject the customer id
	 * @param roles the roles claim
	 * @param issuer the {@code iss} claim
	 * @return the signed token
	 */
	public String token(UUID subject, List<String> roles, String issuer) {
		Instant now = Instant.now();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(issuer)
			.subject(subject.toString())
			.claim("email", subject + "@example.test")
			.claim("roles", roles)
			.issuedAt(now)
			.expiresAt(now.plus(Duration.ofMinutes(15)))
			.build();
		JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(this.key.getKeyID()).build();
		return this.encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
	}

	private void serveJwkSet(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (!"GET".equals(exchange.getRequestMethod())) {
				exchange.sendResponseHeaders(405, -1);
				return;
			}
			this.jwkSetRequests.incrementAndGet();
			byte[] body = new JWKSet(this.key).toString(true).getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
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
