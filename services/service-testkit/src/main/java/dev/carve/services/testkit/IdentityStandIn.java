package dev.carve.services.testkit;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.carve.testkit.TestIdentityServer;
import dev.carve.testkit.TestTokens;

/**
 * Stands in for the identity module in the tests of a service that runs without it: a
 * {@link TestTokens} issuer with identity's issuer ({@link #ISSUER}) whose public key set
 * and client-credentials token endpoint a {@link TestIdentityServer} serves on a loopback
 * port, as identity does, and tokens shaped like identity's: RS256 with the key id in the
 * header, claims {@code iss}, {@code sub} (customer id), {@code email}, {@code roles},
 * {@code iat}, {@code exp}; and service credentials.
 */
public final class IdentityStandIn {

	/** Where the identity module serves its public keys. */
	public static final String JWKS_PATH = TestIdentityServer.JWKS_PATH;

	/** The issuer the identity module puts in its tokens by default. */
	public static final String ISSUER = "urn:carve:identity";

	private final TestTokens tokens;

	private IdentityStandIn(TestTokens tokens) {
		this.tokens = tokens;
	}

	/**
	 * Generates a key and starts serving its JWK set and token endpoint.
	 * @return the running stand-in
	 */
	public static IdentityStandIn start() {
		TestTokens tokens = TestTokens.create(ISSUER);
		tokens.server();
		return new IdentityStandIn(tokens);
	}

	/** The address of the JWK set, for {@code jwk-set-uri}. */
	public String jwkSetUri() {
		return this.tokens.server().jwkSetUri();
	}

	/** How many times the JWK set was fetched so far. */
	public int jwkSetRequests() {
		return this.tokens.server().jwkSetRequests();
	}

	/**
	 * Properties that make a process fetch its service credentials here.
	 * @param clientId the process's client id
	 * @return {@code carve.service-credentials.*} settings
	 */
	public String[] serviceCredentialProperties(String clientId) {
		return this.tokens.serviceCredentialProperties(clientId);
	}

	/** The token endpoint, for {@code carve.service-credentials.token-uri}. */
	public String tokenUri() {
		return this.tokens.server().tokenUri();
	}

	/** A customer's token, valid for fifteen minutes. */
	public String customer(UUID customerId) {
		return this.tokens.customer(customerId);
	}

	/** An administrator's token, valid for fifteen minutes. */
	public String admin(UUID customerId) {
		return this.tokens.admin(customerId);
	}

	/**
	 * A service credential, valid for five minutes.
	 * @param clientId the calling deployable
	 * @param mayCall module names, or {@code operations}
	 * @return the signed token
	 */
	public String service(String clientId, List<String> mayCall) {
		return this.tokens.service(clientId, mayCall);
	}

	/**
	 * A token valid for fifteen minutes.
	 * @param subject the customer id
	 * @param roles the roles claim
	 * @param issuer the {@code iss} claim
	 * @return the signed token
	 */
	public String token(UUID subject, List<String> roles, String issuer) {
		return this.tokens.token(subject, roles, Duration.ofMinutes(15), issuer);
	}

}
