package dev.carve.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * What identity serves to other processes, for a {@link TestTokens} issuer, on a loopback
 * port: the public key set at {@value #JWKS_PATH}, and a client-credentials token
 * endpoint at {@value #TOKEN_PATH} that gives any client presenting
 * {@link #CLIENT_SECRET} (HTTP Basic) a service credential for every module. It stops
 * when the JVM exits.
 */
public final class TestIdentityServer {

	/** Where identity serves its public keys. */
	public static final String JWKS_PATH = "/.well-known/jwks.json";

	/** Where identity issues service credentials. */
	public static final String TOKEN_PATH = "/api/v1/identity/service-tokens";

	/** The secret every test client presents. */
	public static final String CLIENT_SECRET = "test-client-secret-test-client-secret";

	private final TestTokens tokens;

	private final HttpServer server;

	private final AtomicInteger jwkSetRequests = new AtomicInteger();

	private final AtomicInteger tokenRequests = new AtomicInteger();

	private TestIdentityServer(TestTokens tokens, HttpServer server) {
		this.tokens = tokens;
		this.server = server;
	}

	static TestIdentityServer start(TestTokens tokens) {
		try {
			HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			TestIdentityServer identity = new TestIdentityServer(tokens, http);
			http.createContext(JWKS_PATH, identity::serveJwkSet);
			http.createContext(TOKEN_PATH, identity::serveToken);
			http.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> http.stop(0), "carve-test-identity-stop"));
			return identity;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the test identity server", ex);
		}
	}

	/** The address of the JWK set, for {@code jwk-set-uri}. */
	public String jwkSetUri() {
		return base() + JWKS_PATH;
	}

	/**
	 * The address of the token endpoint, for {@code carve.service-credentials.token-uri}.
	 */
	public String tokenUri() {
		return base() + TOKEN_PATH;
	}

	/** How many times the JWK set was fetched so far. */
	public int jwkSetRequests() {
		return this.jwkSetRequests.get();
	}

	/** How many service credentials were issued so far. */
	public int tokenRequests() {
		return this.tokenRequests.get();
	}

	private String base() {
		InetSocketAddress address = this.server.getAddress();
		return "http://" + address.getAddress().getHostAddress() + ":" + address.getPort();
	}

	private void serveJwkSet(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (!"GET".equals(exchange.getRequestMethod())) {
				exchange.sendResponseHeaders(405, -1);
				return;
			}
			this.jwkSetRequests.incrementAndGet();
			send(exchange, 200, this.tokens.jwkSet());
		}
	}

	private void serveToken(HttpExchange exchange) throws IOException {
		try (exchange) {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			String client = basicClient(exchange.getRequestHeaders().getFirst("Authorization"));
			if (!"POST".equals(exchange.getRequestMethod()) || !body.contains("grant_type=client_credentials")) {
				send(exchange, 400, "{\"error\":\"unsupported_grant_type\"}");
				return;
			}
			if (client == null) {
				send(exchange, 401, "{\"error\":\"invalid_client\"}");
				return;
			}
			this.tokenRequests.incrementAndGet();
			String token = this.tokens.service(client, TestTokens.EVERY_MODULE);
			send(exchange, 200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":300}");
		}
	}

	/** The client id when the Basic credentials carry {@link #CLIENT_SECRET}. */
	private static String basicClient(String authorization) {
		if (authorization == null || !authorization.startsWith("Basic ")) {
			return null;
		}
		String decoded = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
		int colon = decoded.indexOf(':');
		return (colon > 0 && CLIENT_SECRET.equals(decoded.substring(colon + 1))) ? decoded.substring(0, colon) : null;
	}

	private static void send(HttpExchange exchange, int status, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
