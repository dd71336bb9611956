package dev.carve.endtoend;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** What a user does over HTTP, against whichever process serves the path. */
final class ShopUser {

	static final String ADMIN_EMAIL = "admin@carve.test";

	static final String ADMIN_PASSWORD = "admin-secret-1";

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final JsonMapper json = JsonMapper.builder().build();

	private ShopUser() {
	}

	static Answer send(String base, String method, String path, Object body, String token) {
		String payload = (body == null) ? null : json.writeValueAsString(body);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(30))
			.method(method,
					(payload != null) ? HttpRequest.BodyPublishers.ofString(payload)
							: HttpRequest.BodyPublishers.noBody())
			.header("Content-Type", "application/json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			return new Answer(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
		}
		catch (Exception ex) {
			throw new IllegalStateException(method + " " + base + path + " failed", ex);
		}
	}

	static String newCustomer(String monolith) {
		String email = "customer-" + UUID.randomUUID() + "@carve.test";
		send(monolith, "POST", "/api/v1/identity/customers",
				Map.of("email", email, "password", "correct-horse-1", "name", "Ada"), null)
			.expect(201);
		return login(monolith, email, "correct-horse-1");
	}

	static String admin(String monolith) {
		return login(monolith, ADMIN_EMAIL, ADMIN_PASSWORD);
	}

	static String login(String monolith, String email, String password) {
		return send(monolith, "POST", "/api/v1/identity/tokens", Map.of("email", email, "password", password), null)
			.expect(200)
			.json()
			.get("accessToken")
			.asString();
	}

	static Answer order(String monolith, String token, String sku, int quantity) {
		return send(monolith, "POST", "/api/v1/orders",
				Map.of("lines", List.of(Map.of("sku", sku, "quantity", quantity))), token);
	}

	record Answer(HttpResponse<String> raw) {

		int status() {
			return this.raw.statusCode();
		}

		Answer expect(int status) {
			assertThat(this.raw.statusCode())
				.as(this.raw.request().method() + " " + this.raw.uri() + " -> " + this.raw.body())
				.isEqualTo(status);
			return this;
		}

		JsonNode json() {
			return json.readTree(this.raw.body());
		}

		JsonNode problem(int status, String code) {
			expect(status);
			assertThat(this.raw.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			JsonNode problem = json();
			assertThat(problem.get("type").asString()).isEqualTo("urn:carve:problem:" + code);
			return problem;
		}

	}

}
