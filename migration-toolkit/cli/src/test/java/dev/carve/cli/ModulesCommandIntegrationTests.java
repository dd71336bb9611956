package dev.carve.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import dev.carve.runtime.RuntimeTestApplication;
import dev.carve.testkit.FreePorts;
import dev.carve.testkit.WithPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code carve modules} against a running process of the Carve runtime (its test
 * application with the sample module, on a real PostgreSQL): the map as text, as JSON and
 * as a Mermaid file, and the exit code for a token the process refuses.
 */
@SpringBootTest(classes = RuntimeTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "management.endpoints.web.exposure.include=modules", "spring.grpc.server.port=0" })
@WithPostgres
class ModulesCommandIntegrationTests {

	private final String operator = RuntimeTestApplication.tokens.admin(UUID.randomUUID());

	@LocalServerPort
	int port;

	@Value("${spring.datasource.url}")
	String databaseUrl;

	@Value("${spring.datasource.username}")
	String databaseUser;

	@Value("${spring.datasource.password}")
	String databasePassword;

	@Autowired
	JdbcTemplate jdbc;

	private String url;

	@BeforeEach
	void things() {
		this.url = "http://127.0.0.1:" + this.port;
		this.jdbc.update("DELETE FROM sample.things");
		this.jdbc.update("INSERT INTO sample.things (name) VALUES ('one'), ('two'), ('three')");
	}

	@Test
	void printsEachModuleWithItsTablesAndWritesTheDiagram(@TempDir Path directory) throws Exception {
		Path diagram = directory.resolve("modules.mmd");
		CarveCli.Result result = CarveCli.run(Map.of("CARVE_TOKEN", this.operator),
				CarveCli.with(source(), "modules", "--url", this.url, "--diagram", diagram.toString()));
		assertThat(result.exitCode()).as(result.toString()).isZero();
		assertThat(result.out()).contains("Modules of " + this.url)
			.contains("  sample  in-process, serving")
			.containsPattern("schema     sample: \\d+ tables, \\d+ rows, ")
			.containsPattern("sample\\.things +3 rows")
			.contains("gateways   SampleGateway")
			.contains("publishes  SampleHappened")
			.contains("consumes   SampleHappened from sample")
			.containsPattern("outbox     \\d+ events waiting to be sent")
			.contains("Mermaid diagram written to " + diagram)
			.doesNotContain(this.operator);
		assertThat(Files.readString(diagram)).startsWith("flowchart LR\n")
			.contains("  subgraph process[\"" + this.url + "\"]\n    sample[\"sample<br/>serving\"]\n  end\n")
			.contains("  sample -->|SampleHappened| sample\n");
	}

	@Test
	void writesTheMapAsJson() {
		CarveCli.Result result = CarveCli.run(Map.of("CARVE_TOKEN", this.operator),
				CarveCli.with(source(), "modules", "--url", this.url, "--json"));
		assertThat(result.exitCode()).as(result.toString()).isZero();
		JsonNode document = JsonOutput.document(result.out());
		assertThat(document.get("event").asString()).isEqualTo("modules");
		JsonNode sample = document.get("modules").get(0);
		assertThat(sample.get("module").asString()).isEqualTo("sample");
		assertThat(sample.get("runs").asString()).isEqualTo("in-process");
		assertThat(sample.get("schema").asString()).isEqualTo("sample");
		assertThat(sample.get("publishes").get(0).get("event").asString()).isEqualTo("SampleHappened");
		assertThat(sample.get("consumes").get(0).get("from").asString()).isEqualTo("sample");
		assertThat(sample.get("outboxDepth").isIntegralNumber()).isTrue();
		assertThat(JsonOutput.table(sample, "things").get("rows").asLong()).isEqualTo(3);
	}

	@Test
	void withoutTheSourceItShowsNoTables() {
		CarveCli.Result result = CarveCli.run(Map.of("CARVE_TOKEN", this.operator), "modules", "--url", this.url);
		assertThat(result.exitCode()).as(result.toString()).isZero();
		assertThat(result.out()).contains("    schema     sample\n").doesNotContain("sample.things");
	}

	@Test
	void aTokenTheProcessRefusesExitsThree() {
		String customer = RuntimeTestApplication.tokens.customer(UUID.randomUUID());
		CarveCli.Result result = CarveCli.run(Map.of("CARVE_TOKEN", customer), "modules", "--url", this.url);
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(Carve.REFUSED);
		assertThat(result.err()).contains("answered 403").contains("--token or CARVE_TOKEN").doesNotContain(customer);
	}

	@Test
	void aProcessThatCannotBeReachedExitsFive() throws Exception {
		String nobody = "http://127.0.0.1:" + FreePorts.next();
		CarveCli.Result result = CarveCli.run(Map.of("CARVE_TOKEN", this.operator), "modules", "--url", nobody);
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(Carve.UNREACHABLE);
		assertThat(result.err()).contains("the app at " + nobody + "/ cannot be reached");
	}

	/** The process's database, as a user names it. */
	private String[] source() {
		return new String[] { "--source", this.databaseUrl, "--source-user", this.databaseUser, "--source-password",
				this.databasePassword };
	}

}
