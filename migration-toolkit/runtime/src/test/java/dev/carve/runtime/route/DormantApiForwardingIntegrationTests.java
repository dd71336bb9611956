package dev.carve.runtime.route;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import dev.carve.runtime.RuntimeTestApplication;
import dev.carve.runtime.module.ModuleRoute;
import dev.carve.testkit.FreePorts;
import dev.carve.testkit.WithPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A module's public API forwarded by a process where the module is dormant, to a process
 * where it is dormant too: here the same process, whose other side for the module's API
 * is itself, the shortest loop two dormant processes can make. The forwarded request is
 * answered {@code 503}, not forwarded again.
 */
@SpringBootTest(classes = RuntimeTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@WithPostgres
class DormantApiForwardingIntegrationTests {

	private static final int PORT = FreePorts.next();

	private static final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	ModuleRoutes routes;

	@DynamicPropertySource
	static void forwardToItself(DynamicPropertyRegistry properties) {
		properties.add("server.port", () -> PORT);
		properties.add("carve.modules.sample.api-url", () -> "http://127.0.0.1:" + PORT);
	}

	@AfterEach
	void serveAgain() {
		this.routes.change("sample", ModuleRoute.SERVING, "test");
	}

	@Test
	void aRequestForwardedToAProcessWhereTheModuleIsDormantTooIsRefusedRatherThanForwardedAgain() throws Exception {
		this.routes.change("sample", ModuleRoute.DORMANT, "test");
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/api/v1/sample/things"))
			.header("Authorization", "Bearer " + RuntimeTestApplication.tokens.customer(UUID.randomUUID()))
			.timeout(Duration.ofSeconds(20))
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
		assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
		JsonNode problem = JsonMapper.builder().build().readTree(response.body());
		assertThat(problem.get("type").asString()).isEqualTo("urn:carve:problem:module-unavailable");
		assertThat(problem.get("module").asString()).isEqualTo("sample");
		assertThat(problem.get("detail").asString())
			.isEqualTo("The sample module is dormant in this process and in the process that forwarded the request"
					+ " here: no process on this path serves it.");
	}

}
