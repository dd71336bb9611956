package dev.carve.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code --json} and {@code --config} change in what a user sees, against real
 * PostgreSQL servers and a real broker.
 */
class OutputIntegrationTests {

	@TempDir
	Path directory;

	@Test
	void writesThePlanAsOneJsonDocument() throws Exception {
		CarveCli.Result result = CarveCli.run("plan", "inventory", "--json", "--source", InventoryData.newSource(50),
				"--target", Servers.newTargetDatabase(), "--kafka", Servers.kafka());
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(Carve.DONE);
		assertThat(result.out().lines().toList()).as(result.toString()).hasSize(1);
		JsonNode plan = JsonOutput.document(result.out());
		assertThat(plan.get("event").asString()).isEqualTo("plan");
		assertThat(plan.get("module").asString()).isEqualTo("inventory");
		assertThat(plan.get("tables")).hasSize(5);
		JsonNode stock = JsonOutput.table(plan, "stock");
		assertThat(stock.get("rows").asLong()).isEqualTo(50);
		assertThat(stock.get("primaryKey").get(0).asString()).isEqualTo("sku");
		assertThat(plan.get("pendingEvents").asLong()).isEqualTo(1);
		assertThat(plan.get("refusals")).isEmpty();
		assertThat(plan.get("next").get(0).asString()).startsWith("carve move inventory");
	}

	@Test
	void writesARefusalAsThePlanWithItsRefusalsAndAnErrorEvent() throws Exception {
		String target = Servers.newTargetDatabase();
		InventoryData.execute(target, "CREATE SCHEMA inventory", "CREATE TABLE inventory.stock (sku text PRIMARY KEY)");
		CarveCli.Result result = CarveCli.run("plan", "inventory", "--json", "--source", InventoryData.newSource(10),
				"--target", target);
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(Carve.REFUSED);
		List<JsonNode> lines = JsonOutput.lines(result.out());
		assertThat(lines).extracting((line) -> line.get("event").asString()).containsExactly("plan", "error");
		assertThat(lines.get(0).get("refusals").get(0).asString())
			.startsWith("the target's schema inventory is not empty");
		assertThat(lines.get(1).get("exitCode").asInt()).isEqualTo(Carve.REFUSED);
		assertThat(lines.get(1).get("message").asString()).contains("the target's schema inventory is not empty");
		assertThat(result.err()).contains("refused: cannot move module inventory");
	}

	@Test
	void takesConnectionsFromAConfigFileWhichOptionsOverrideAndWhichOverridesTheEnvironment() throws Exception {
		String source = InventoryData.newSource(10);
		Path config = Files.writeString(this.directory.resolve("carve.yaml"), """
				source:
				  url: %s
				  password: s3cret-in-file
				target:
				  url: jdbc:postgresql://127.0.0.1:1/not-this-one
				""".formatted(source));
		String target = Servers.newTargetDatabase();
		CarveCli.Result result = CarveCli.run(Map.of("CARVE_SOURCE_URL",
				"jdbc:postgresql://127.0.0.1:1/not-this-either", "CARVE_KAFKA", Servers.kafka()), "plan", "inventory",
				"--config", config.toString(), "--target", target);
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(Carve.DONE);
		assertThat(result.out()).contains("from      " + source)
			.contains("to        " + target)
			.contains("through   Kafka " + Servers.kafka());
		assertThat(result.toString()).doesNotContain("s3cret");
	}

	@Test
	void explainsTheNewOptionsInHelp() {
		CarveCli.Result help = CarveCli.run("move", "--help");
		assertThat(help.exitCode()).as(help.toString()).isZero();
		assertThat(help.out().replaceAll("\\s+", " ")).contains("--config=FILE")
			.contains("An option given on the command line wins over the file, and the file wins over the environment")
			.contains("--json")
			.contains("--progress-every=DURATION");
	}

}
