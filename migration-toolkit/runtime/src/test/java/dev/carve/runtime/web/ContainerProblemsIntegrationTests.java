package dev.carve.runtime.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import dev.carve.runtime.RuntimeTestApplication;
import dev.carve.testkit.WithPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Tomcat refuses before any servlet runs is answered as a problem too, over a real
 * socket: an encoded slash or NUL, a malformed URI, headers too large, and a body far
 * larger than the limit (a 413 the client can read, not a reset connection).
 */
@SpringBootTest(classes = RuntimeTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithPostgres
class ContainerProblemsIntegrationTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/test/a%2Fb", "/test/a%00b", "/test/%", "/test/%zz", "/test/a%2F..%2F..%2Fetc" })
	void aUriTheContainerRefusesIsAProblem(String target) throws IOException {
		Raw response = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertProblem(response, 400, "malformed-request");
	}

	@Test
	void headersTooLargeAreAProblem() throws IOException {
		Raw response = raw("GET /test/domain HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(64 * 1024)
				+ "\r\nConnection: close\r\n\r\n");
		assertThat(response.status()).isIn(400, 431);
		assertProblem(response, response.status(),
				(response.status() == 400) ? "malformed-request" : "headers-too-large");
	}

	@Test
	void aTenMegabyteBodyGetsA413ProblemNotAReset() throws Exception {
		String customer = RuntimeTestApplication.tokens.customer(UUID.randomUUID());
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/test/orders"))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + customer)
			.POST(HttpRequest.BodyPublishers.ofByteArray(new byte[10 * 1024 * 1024]))
			.build();
		try (HttpClient http = HttpClient.newHttpClient()) {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			assertProblem(new Raw(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body()), 413, "payload-too-large");
		}
	}

	private Raw raw(String request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			int end = text.indexOf("\r\n\r\n");
			String head = text.substring(0, end);
			int status = Integer.parseInt(head.substring(9, 12));
			String type = head.lines()
				.filter((line) -> line.toLowerCase().startsWith("content-type:"))
				.map((line) -> line.substring("content-type:".length()).trim())
				.findFirst()
				.orElse("");
			String body = text.substring(end + 4);
			boolean chunked = head.lines().anyMatch((line) -> line.equalsIgnoreCase("transfer-encoding: chunked"));
			return new Raw(status, type, chunked ? dechunked(body) : body);
		}
	}

	private static String dechunked(String body) {
		StringBuilder joined = new StringBuilder();
		int at = 0;
		while (true) {
			int lineEnd = body.indexOf("\r\n", at);
			int size = Integer.parseInt(body.substring(at, lineEnd).trim(), 16);
			if (size == 0) {
				return joined.toString();
			}
			joined.append(body, lineEnd + 2, lineEnd + 2 + size);
			at = lineEnd + 2 + size + 2;
		}
	}

	private static void assertProblem(Raw response, int status, String code) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.get("type").asString()).isEqualTo("urn:carve:problem:" + code);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("errorId").asString()).matches("[0-9a-f]{12}");
		assertThat(response.body()).doesNotContain("Tomcat").doesNotContain("Exception").doesNotContain("<html");
	}

	private record Raw(int status, String contentType, String body) {
	}

}
