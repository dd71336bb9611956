package dev.carve.runtime.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.carve.runtime.RuntimeTestApplication;
import dev.carve.testkit.WithPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = RuntimeTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithPostgres
@ExtendWith(OutputCaptureExtension.class)
class ProblemResponsesIntegrationTests {

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	private final String customer = RuntimeTestApplication.tokens.customer(UUID.randomUUID());

	@Test
	void domainErrorBecomesItsProblemWithAnErrorIdThatIsLogged(CapturedOutput output) throws Exception {
		HttpResponse<String> response = send("GET", "/test/domain", null, this.customer);
		JsonNode problem = problem(response, 409, "out-of-stock");
		assertThat(problem.get("detail").asString()).isEqualTo("Not enough stock of SKU-1");
		assertThat(problem.get("sku").asString()).isEqualTo("SKU-1");
		assertThat(problem.get("instance").asString()).isEqualTo("/test/domain");
		assertThat(output.getAll()).contains("errorId=" + problem.get("errorId").asString());
	}

	@Test
	void validationProblemNamesEveryField() throws Exception {
		HttpResponse<String> response = send("POST", "/test/orders", "{\"lines\":[{\"sku\":\"\",\"quantity\":0}]}",
				this.customer);
		JsonNode problem = problem(response, 400, "validation-failed");
		List<String> fields = problem.get("errors")
			.valueStream()
			.map((error) -> error.get("field").asString())
			.toList();
		assertThat(fields).containsExactlyInAnyOrder("lines[0].sku", "lines[0].quantity");
	}

	@Test
	void aConcurrentUpdateIsAConflictToRetryNotAnInternalError() throws Exception {
		HttpResponse<String> response = send("GET", "/test/concurrent", null, this.customer);
		problem(response, 409, "concurrent-update");
		assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
	}

	@Test
	void malformedJsonIsABadRequest() throws Exception {
		problem(send("POST", "/test/orders", "{\"lines\": [", this.customer), 400, "malformed-json");
	}

	@Test
	void wrongTypeNamesTheField() throws Exception {
		JsonNode problem = problem(
				send("POST", "/test/orders", "{\"lines\":[{\"sku\":\"A\",\"quantity\":\"many\"}]}", this.customer), 400,
				"validation-failed");
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("lines[0].quantity");
	}

	@Test
	void wrongTypeInThePathNamesTheParameter() throws Exception {
		JsonNode problem = problem(send("GET", "/test/count/lots", null, this.customer), 400, "validation-failed");
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("count");
	}

	@Test
	void oversizedBodyIsRefused() throws Exception {
		String big = "{\"lines\":[{\"sku\":\"" + "x".repeat(2 * 1024 * 1024) + "\",\"quantity\":1}]}";
		problem(send("POST", "/test/orders", big, this.customer), 413, "payload-too-large");
	}

	@Test
	void unavailableModuleIs503WithRetryAfter() throws Exception {
		HttpResponse<String> response = send("GET", "/test/unavailable", null, this.customer);
		JsonNode problem = problem(response, 503, "module-unavailable");
		assertThat(problem.get("module").asString()).isEqualTo("inventory");
		assertThat(response.headers().firstValue("Retry-After")).hasValue("7");
	}

	@Test
	void aRequestAnotherModuleRefusedAsInvalidIs400WithoutWhatTheModuleSaid() throws Exception {
		HttpResponse<String> response = send("GET", "/test/refused/INVALID_REQUEST", null, this.customer);
		JsonNode problem = problem(response, 400, "invalid-request");
		assertThat(problem.get("module").asString()).isEqualTo("payments");
		assertThat(response.body()).doesNotContain("SELECT").doesNotContain("GatewayRefusedException");
	}

	@Test
	void credentialsAnotherModuleRefusedAre502ModuleRefused() throws Exception {
		HttpResponse<String> response = send("GET", "/test/refused/CREDENTIALS_REFUSED", null, this.customer);
		JsonNode problem = problem(response, 502, "module-refused");
		assertThat(problem.get("module").asString()).isEqualTo("payments");
		assertThat(response.body()).doesNotContain("SELECT");
	}

	@Test
	void unexpectedErrorIs500WithoutInternals(CapturedOutput output) throws Exception {
		HttpResponse<String> response = send("GET", "/test/bug", null, this.customer);
		JsonNode problem = problem(response, 500, "internal-error");
		assertThat(response.body()).doesNotContain("secret internal detail").doesNotContain("NullPointerException");
		assertThat(output.getAll()).contains("errorId=" + problem.get("errorId").asString())
			.contains("secret internal detail");
	}

	@Test
	void missingTokenIs401() throws Exception {
		problem(send("GET", "/test/domain", null, null), 401, "unauthenticated");
	}

	@Test
	void forgedTokenIs401() throws Exception {
		String forged = dev.carve.testkit.TestTokens.create().customer(UUID.randomUUID());
		problem(send("GET", "/test/domain", null, forged), 401, "invalid-token");
	}

	@Test
	void expiredTokenIs401() throws Exception {
		String expired = RuntimeTestApplication.tokens.token(UUID.randomUUID(), List.of("CUSTOMER"),
				Duration.ofMinutes(-5));
		problem(send("GET", "/test/domain", null, expired), 401, "invalid-token");
	}

	@Test
	void wrongRoleIs403() throws Exception {
		problem(send("GET", "/test/admin", null, this.customer), 403, "forbidden");
		HttpResponse<String> admin = send("GET", "/test/admin", null,
				RuntimeTestApplication.tokens.admin(UUID.randomUUID()));
		assertThat(admin.statusCode()).isEqualTo(200);
	}

	@Test
	void unknownPathIsAProblemToo() throws Exception {
		assertThat(send("GET", "/test/nothing-here", null, this.customer).statusCode()).isEqualTo(404);
	}

	private HttpResponse<String> send(String method, String path, String body, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody())
			.header("Content-Type", "application/json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static JsonNode problem(HttpResponse<String> response, int status, String code) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.get("type").asString()).isEqualTo("urn:carve:problem:" + code);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("errorId").asString()).matches("[0-9a-f]{12}");
		assertThat(response.body()).doesNotContain("\tat ");
		return problem;
	}

}
