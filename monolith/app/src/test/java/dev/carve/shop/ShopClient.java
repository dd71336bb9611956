package dev.carve.shop;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** What a user of the shop's HTTP API does, spelled out for tests. */
public final class ShopClient {

	/** The administrator the test application creates at start-up. */
	public static final String ADMIN_EMAIL = "admin@carve.test";

	/** The administrator's password. */
	public static final String ADMIN_PASSWORD = "admin-secret-1";

	/**
	 * A deployable registered in identity that may call catalog, inventory and payments.
	 */
	public static final String ORDERS_CLIENT_ID = "orders-service";

	/** The secret of every client registered in the tests. */
	public static final String CLIENT_SECRET = "a-client-secret-of-at-least-32-characters";

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final JsonMapper json = JsonMapper.builder().build();

	private final String base;

	public ShopClient(int port) {
		this.base = "http://localhost:" + port;
	}

	/** A request; {@code body} may be a JSON string, an object to serialize, or null. */
	public Response send(String method, String path, Object body, String token) {
		return send(method, path, body, token, Map.of());
	}

	/** A request with extra headers. */
	public Response send(String method, String path, Object body, String token, Map<String, String> headers) {
		String payload = (body == null) ? null : (body instanceof String text) ? text : json.writeValueAsString(body);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.method(method,
					(payload != null) ? HttpRequest.BodyPublishers.ofString(payload)
							: HttpRequest.BodyPublishers.noBody())
			.header("Content-Type", "application/json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		headers.forEach(request::header);
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response);
		}
		catch (Exception ex) {
			throw new IllegalStateException(method + " " + path + " failed", ex);
		}
	}

	/** Signs a new customer up and logs them in; returns their access token. */
	public String newCustomer() {
		String email = "customer-" + UUID.randomUUID() + "@carve.test";
		send("POST", "/api/v1/identity/customers", Map.of("email", email, "password", "correct-horse-1", "name", "Ada"),
				null)
			.expect(201);
		return login(email, "correct-horse-1");
	}

	/** Logs in; returns the access token. */
	public String login(String email, String password) {
		return send("POST", "/api/v1/identity/tokens", Map.of("email", email, "password", password), null).expect(200)
			.json()
			.get("accessToken")
			.asString();
	}

	/** The administrator's access token. */
	public String admin() {
		return login(ADMIN_EMAIL, ADMIN_PASSWORD);
	}

	/** A new active product with a fresh SKU and the given stock; returns its SKU. */
	public String newProduct(String price, int onHand) {
		String sku = "SKU-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		String admin = admin();
		send("POST", "/api/v1/catalog/products",
				Map.of("sku", sku, "name", "Product " + sku, "price", Map.of("amount", price, "currency", "EUR")),
				admin)
			.expect(201);
		send("PUT", "/api/v1/inventory/stock/" + sku, Map.of("onHand", onHand), admin).expect(201);
		return sku;
	}

	/**
	 * A service credential from identity's token endpoint (client-credentials grant, HTTP
	 * Basic).
	 * @param clientId a registered client
	 * @param secret its secret
	 * @return the response
	 */
	public Response serviceToken(String clientId, String secret) {
		String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.base + "/api/v1/identity/service-tokens"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Authorization", "Basic " + basic)
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
			.build();
		try {
			return new Response(http.send(request, HttpResponse.BodyHandlers.ofString()));
		}
		catch (Exception ex) {
			throw new IllegalStateException("POST " + request.uri() + " failed", ex);
		}
	}

	/**
	 * A service credential for every module's gateway, as another module of the shop
	 * presents it.
	 * @return the {@code Carve-Service-Authorization} header
	 */
	public Map<String, String> moduleCredential() {
		String token = serviceToken("gateways", CLIENT_SECRET).expect(200).json().get("access_token").asString();
		return Map.of("Carve-Service-Authorization", "Bearer " + token);
	}

	/** Places an order of one line. */
	public Response order(String token, String sku, int quantity) {
		return send("POST", "/api/v1/orders", Map.of("lines", List.of(Map.of("sku", sku, "quantity", quantity))),
				token);
	}

	/** The stock of a SKU: {sku, onHand, reserved, available}. */
	public JsonNode stock(String sku) {
		return send("GET", "/api/v1/inventory/stock/" + sku, null, admin()).expect(200).json();
	}

	/** An HTTP response with assertions a user would make. */
	public record Response(HttpResponse<String> raw) {

		public int status() {
			return this.raw.statusCode();
		}

		public Response expect(int status) {
			assertThat(this.raw.statusCode())
				.as(this.raw.request().method() + " " + this.raw.uri() + " -> " + this.raw.body())
				.isEqualTo(status);
			return this;
		}

		public JsonNode json() {
			return json.readTree(this.raw.body());
		}

		/** Asserts a problem response of the given status and code; returns its body. */
		public JsonNode problem(int status, String code) {
			expect(status);
			assertThat(this.raw.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			JsonNode problem = json();
			assertThat(problem.get("type").asString()).isEqualTo("urn:carve:problem:" + code);
			assertThat(problem.get("errorId").asString()).isNotBlank();
			assertThat(this.raw.body()).doesNotContain("Exception").doesNotContain("\tat ");
			return problem;
		}

	}

	static BigDecimal amount(JsonNode money) {
		return new BigDecimal(money.get("amount").asString());
	}

}
