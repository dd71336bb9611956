package dev.carve.adapters.identity;

import java.util.List;
import java.util.Map;

import dev.carve.adapters.testkit.ModeProcesses;
import dev.carve.adapters.testkit.PublicApi;
import dev.carve.contracts.identity.IdentityGateway;
import dev.carve.runtime.module.ModuleMode;
import dev.carve.testkit.ModuleProcess;
import dev.carve.testkit.TestTokens;
import tools.jackson.databind.JsonNode;

import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The processes the identity tests share, started once per test JVM: the provider
 * (identity in-process, on PostgreSQL) and one consumer per remote mode. Tokens come from
 * the provider itself, by logging in through identity's public API, because the provider
 * accepts only tokens signed with identity's own key; so do the consumers' service
 * credentials, from its client-credentials endpoint.
 */
final class IdentityProcesses {

	static final String PASSWORD = "correct-horse-battery";

	static final String ADMIN_EMAIL = "admin@carve.test";

	private static final String ADMIN_PASSWORD = "admin-secret-1";

	private static final TestTokens TOKENS = TestTokens.create();

	/**
	 * The consumers are registered in the provider's identity and fetch their credentials
	 * there.
	 */
	private static final String CLIENT_SECRET = "identity-consumer-secret-of-32-characters";

	private static final ModeProcesses<IdentityGateway> PROCESSES = ModeProcesses
		.of(IdentityTestApplication.class, TOKENS, "identity", IdentityGateway.class)
		.withProvider("carve.identity.admin.email=" + ADMIN_EMAIL, "carve.identity.admin.password=" + ADMIN_PASSWORD,
				"shop.identity.service-tokens.clients.consumer.secret=" + CLIENT_SECRET,
				"shop.identity.service-tokens.clients.consumer.may-call=identity",
				"shop.identity.sign-up.per-address=1000", "shop.identity.sign-up.total=1000")
		.withConsumers((provider) -> List.of(
				"carve.service-credentials.token-uri=" + provider.httpUrl() + "/api/v1/identity/service-tokens",
				"carve.service-credentials.client-id=consumer",
				"carve.service-credentials.client-secret=" + CLIENT_SECRET));

	private static final PublicApi API = PROCESSES.providerApi();

	private IdentityProcesses() {
	}

	static ModuleProcess provider() {
		return PROCESSES.provider();
	}

	static IdentityGateway gateway(ModuleMode mode) {
		return PROCESSES.gateway(mode);
	}

	/**
	 * Signs a customer up through identity's public API, with {@link #PASSWORD}.
	 * @return the new account, as the API answered
	 */
	static JsonNode signUp(String email, String name) {
		return API.post("/api/v1/identity/customers", null, Map.of("email", email, "password", PASSWORD, "name", name),
				201);
	}

	/** Logs in through identity's public API and returns the access token. */
	static String login(String email, String password) {
		return API.post("/api/v1/identity/tokens", null, Map.of("email", email, "password", password), 200)
			.path("accessToken")
			.asString();
	}

	/** Logs the administrator in and returns the access token. */
	static String loginAdmin() {
		return login(ADMIN_EMAIL, ADMIN_PASSWORD);
	}

	/** The token's own account, read through identity's public API. */
	static JsonNode me(String token) {
		return API.get("/api/v1/identity/customers/me", token, 200);
	}

	/** The caller a token stands for, checked with the provider's own decoder. */
	static JwtAuthenticationToken caller(String token) {
		JwtDecoder decoder = provider().context().getBean(JwtDecoder.class);
		return new JwtAuthenticationToken(decoder.decode(token));
	}

}
