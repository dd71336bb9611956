package dev.carve.adapters.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * A process's public HTTP API, called as its clients call it: JSON in and out, with a
 * bearer token where one is given. The expecting methods answer the body of a response
 * with the expected status and throw {@link IllegalStateException} naming the request,
 * the status and the body otherwise, so that a test's set-up fails where it went wrong.
 */
public final class PublicApi {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Supplier<String> baseUrl;

	/**
	 * The API of a process.
	 * @param baseUrl its base URL, {@code http://host:port}, asked for at each request
	 */
	public PublicApi(Supplier<String> baseUrl) {
		this.baseUrl = baseUrl;
	}

	/**
	 * {@code GET path}.
	 * @param token the bearer token, or {@code null} for none
	 * @return the body ({@link MissingNode} when empty)
	 */
	public JsonNode get(String path, @Nullable String token, int expectedStatus) {
		return expect(send("GET", path, token, null), expectedStatus);
	}

	/**
	 * {@code POST path} with a JSON body.
	 * @param token the bearer token, or {@code null} for none
	 * @param body the body, written as JSON, or {@code null} for none
	 * @return the body of the answer ({@link MissingNode} when empty)
	 */
	public JsonNode post(String path, @Nullable String token, @Nullable Object body, int expectedStatus) {
		return expect(send("POST", path, token, body), expectedStatus);
	}

	/**
	 * {@code PUT path} with a JSON body.
	 * @param token the bearer token, or {@code null} for none
	 * @return the body of the answer ({@link MissingNode} when empty)
	 */
	public JsonNode put(String path, @Nullable String token, Object body, int expectedStatus) {
		return expect(send("PUT", path, token, body), expectedStatus);
	}

	/**
	 * {@code DELETE path}.
	 * @param token the bearer token, or {@code null} for none
	 * @return the body of the answer ({@link MissingNode} when empty)
	 */
	public JsonNode delete(String path, @Nullable String token, int expectedStatus) {
		return expect(send("DELETE", path, token, null), expectedStatus);
	}

	/**
	 * Sends a request and answers the response, whatever its status.
	 * @param method the HTTP method
	 * @param path the path, from the root
	 * @param token the bearer token, or {@code null} for none
	 * @param body the body, written as JSON, or {@code null} for none
	 * @return the response
	 */
	public HttpResponse<String> send(String method, String path, @Nullable String token, @Nullable Object body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl.get() + path))
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))
					: HttpRequest.BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(method + " " + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(method + " " + path + " was interrupted", ex);
		}
	}

	/**
	 * The body of a response as JSON.
	 * @return it ({@link MissingNode} when empty)
	 */
	public static JsonNode json(HttpResponse<String> response) {
		return response.body().isBlank() ? MissingNode.getInstance() : JSON.readTree(response.body());
	}

	private static JsonNode expect(HttpResponse<String> response, int expectedStatus) {
		if (response.statusCode() != expectedStatus) {
			throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " answered "
					+ response.statusCode() + ": " + response.body());
		}
		return json(response);
	}

}
