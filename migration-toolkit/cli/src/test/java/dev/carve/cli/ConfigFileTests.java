package dev.carve.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ConfigFileTests {

	@TempDir
	Path directory;

	@Test
	void readsNestedYamlKeysAsDottedOnes() throws Exception {
		Path file = Files.writeString(this.directory.resolve("carve.yaml"), """
				source:
				  url: jdbc:postgresql://db:5432/shop
				  user: shop
				target:
				  url: jdbc:postgresql://other:5432/inventory
				kafka: broker:9092
				""");
		assertThat(ConfigFile.read(file))
			.containsExactlyInAnyOrderEntriesOf(Map.of("source.url", "jdbc:postgresql://db:5432/shop", "source.user",
					"shop", "target.url", "jdbc:postgresql://other:5432/inventory", "kafka", "broker:9092"));
	}

	@Test
	void readsAPropertiesFile() throws Exception {
		Path file = Files.writeString(this.directory.resolve("carve.properties"),
				"source.url=jdbc:postgresql://db:5432/shop\ntarget.password=s3cret\n");
		assertThat(ConfigFile.read(file)).containsExactlyInAnyOrderEntriesOf(
				Map.of("source.url", "jdbc:postgresql://db:5432/shop", "target.password", "s3cret"));
	}

	@Test
	void refusesAnUnknownKeyAsAUsageError() throws Exception {
		Path file = Files.writeString(this.directory.resolve("carve.yaml"), "source:\n  uri: jdbc:postgresql://db/x\n");
		assertThatExceptionOfType(CarveException.class).isThrownBy(() -> ConfigFile.read(file))
			.withMessageContaining("Unknown key source.uri in --config " + file)
			.withMessageContaining("known keys: source.url")
			.satisfies((ex) -> assertThat(ex.exitCode()).isEqualTo(Carve.USAGE));
	}

	@Test
	void aFileThatCannotBeReadIsAUsageErrorOnTheCommandLine() {
		CarveCli.Result result = CarveCli.run("plan", "inventory", "--config",
				this.directory.resolve("missing.yaml").toString());
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(Carve.USAGE);
		assertThat(result.err()).contains("Cannot read --config " + this.directory.resolve("missing.yaml"));
	}

	@Test
	void anOptionWinsOverTheFileAndTheFileOverTheEnvironment() {
		ConnectionDefaults defaults = new ConnectionDefaults(Map.of("source.url", "from-file"),
				Map.of("CARVE_SOURCE_URL", "from-environment", "CARVE_TARGET_URL", "target-from-environment"));
		picocli.CommandLine commandLine = new picocli.CommandLine(new PlanCommand());
		commandLine.setDefaultValueProvider(defaults);
		commandLine.parseArgs("inventory", "--kafka", "from-option");
		PlanCommand plan = commandLine.getCommand();
		assertThat(plan.connections.source).isEqualTo("from-file");
		assertThat(plan.connections.target).isEqualTo("target-from-environment");
		assertThat(plan.connections.kafka).isEqualTo("from-option");
	}

}
