package dev.carve.runtime.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import dev.carve.runtime.RuntimeTestApplication;
import dev.carve.testkit.WithPostgres;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors raised by the framework rather than by application code are problems with a type
 * too, against a real server.
 */
@SpringBootTest(classes = RuntimeTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithPostgres
class FrameworkProblemsIntegrationTests {

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	private final String customer = RuntimeTestApplication.tokens.customer(UUID.randomUUID());

	@Test
	void unknownPathIsNotFoundWithoutNamingStaticResources() throws Exception {
		HttpResponse<String> response = send("GET", "/test/nothing-here", "application/json", "*/*");
		JsonNode problem = problem(response, 404, "not-found");
		assertThat(problem.get("instance").asString()).isEqualTo("/test/nothing-here");
		assertThat(response.body()).doesNotContain("static resource");
	}

	@Test
	void unsupportedContentTypeIs415() throws Exception {
		problem(send("POST", "/test/orders", "text/plain", "*/*"), 415, "unsupported-media-type");
	}

	@Test
	void wrongMethodIs405NamingTheAllowedOnes() throws Exception {
		HttpResponse<String> response = send("DELETE", "/test/orders", "application/json", "*/*");
		problem(response, 405, "method-not-allowed");
		assertThat(response.headers().firstValue("Allow")).hasValue("POST");
	}

	@Test
	void unacceptableRepresentationIs406() throws Exception {
		problem(send("GET", "/test/count/3", "application/json", "text/csv"), 406, "not-acceptable");
	}

	@Test
	void anErrorSentPastSpringMvcIsAProblemOfItsStatus() throws Exception {
		HttpResponse<String> response = send("GET", "/test/send-error", "application/json", "*/*");
		JsonNode problem = problem(response, 409, "conflict");
		assertThat(problem.get("instance").asString()).isEqualTo("/test/send-error");
		assertThat(response.body()).doesNotContain("secret container detail");
	}

	private HttpResponse<String> send(String method, String path, String contentType, String accept) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.ofString("{}"))
			.header("Content-Type", contentType)
			.header("Accept", accept)
			.header("Authorization", "Bearer " + this.customer)
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static JsonNode problem(HttpResponse<String> response, int status, String code) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.get("type").asString()).isEqualTo("urn:carve:problem:" + code);
		assertThat(problem.get("title").asString()).isNotBlank();
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("errorId").asString()).matches("[0-9a-f]{12}");
		return problem;
	}

}
