package dev.carve.k8s.check;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code carve move --emit-connect} writes passes the same check as the overlays:
 * Strimzi's CRD schemas for {@code KafkaConnect} and {@code KafkaConnector}, closed to
 * unknown fields as the API server closes them.
 */
class EmittedConnectResourcesTests {

	@TempDir
	Path directory;

	@Test
	void theEmittedResourcesPassStrimzisSchemas() throws Exception {
		Path jar = Path.of(System.getProperty("carve.repository"), "migration-toolkit", "cli", "target", "carve.jar");
		assertThat(jar).as("the reactor builds the carve jar before this module").isRegularFile();
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
				"-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "move", "inventory", "--emit-connect",
				this.directory.toString(), "--source", "jdbc:postgresql://monolith-db-rw:5432/carve", "--source-user",
				"carve", "--target", "jdbc:postgresql://inventory-db-rw:5432/inventory", "--target-user", "inventory",
				"--kafka", "carve-kafka-bootstrap:9092"));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();

		List<Manifest> manifests = new ArrayList<>();
		for (String file : List.of("kafka-connect.yaml", "source-connector.yaml", "sink-connector.yaml")) {
			manifests.addAll(Manifest.parseAll(Files.readString(this.directory.resolve(file))));
		}
		assertThat(manifests).extracting(Manifest::id)
			.containsExactly("KafkaConnect/carve-inventory-move", "KafkaConnector/carve-inventory-move-source",
					"KafkaConnector/carve-inventory-move-sink");
		assertThat(Overlays.check().problems(manifests)).isEmpty();

		manifests.get(1).spec().addProperty("tasksMaximum", 2);
		assertThat(Overlays.check().problems(manifests)).as("the check can fail")
			.anySatisfy((problem) -> assertThat(problem).startsWith("KafkaConnector/carve-inventory-move-source:")
				.contains("tasksMaximum"));
	}

}
