package dev.carve.shop.identity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP calls to the identity API of the test server. */
final class Api {

	static final String PASSWORD = "correct-horse-battery";

	private final HttpClient client = HttpClient.newHttpClient();

	private final String base;

	private final JsonMapper json;

	Api(int port, JsonMapper json) {
		this.base = "http://localhost:" + port;
		this.json = json;
	}

	/** A new e-mail address nobody has used yet. */
	static String newEmail() {
		return "c-" + UUID.randomUUID() + "@carve.test";
	}

	Reply post(String path, Object body) {
		return post(path, body, null);
	}

	/**
	 * A POST that says it comes through a proxy from {@code forwardedFor}, when not null.
	 */
	Reply post(String path, Object body, @Nullable String forwardedFor) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body)));
		if (forwardedFor != null) {
			request.header("X-Forwarded-For", forwardedFor);
		}
		return send(request);
	}

	Reply get(String path, @Nullable String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path)).GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return send(request);
	}

	/** Signs a customer up with {@link #PASSWORD} and returns the 201 reply. */
	Reply signUp(String email) {
		return post("/api/v1/identity/customers", Map.of("email", email, "password", PASSWORD, "name", "Ada"))
			.expect(201);
	}

	Reply login(String email, String password) {
		return login(email, password, null);
	}

	Reply login(String email, String password, @Nullable String forwardedFor) {
		return post("/api/v1/identity/tokens", Map.of("email", email, "password", password), forwardedFor);
	}

	Reply signUp(String email, @Nullable String forwardedFor) {
		return post("/api/v1/identity/customers", Map.of("email", email, "password", PASSWORD, "name", "Ada"),
				forwardedFor);
	}

	Reply refresh(String refreshToken) {
		return post("/api/v1/identity/tokens/refresh", Map.of("refreshToken", refreshToken));
	}

	private Reply send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			String body = response.body();
			return new Reply(response.statusCode(), response.headers(),
					body.isEmpty() ? this.json.createObjectNode() : this.json.readTree(body));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A reply: status, headers and the JSON body. */
	record Reply(int status, HttpHeaders headers, JsonNode body) {

		String text(String field) {
			return this.body.path(field).asString();
		}

		Reply expect(int expected) {
			if (this.status != expected) {
				throw new AssertionError("Expected " + expected + " but got " + this.status + ": " + this.body);
			}
			return this;
		}

	}

}
