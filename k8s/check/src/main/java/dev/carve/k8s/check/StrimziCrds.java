package dev.carve.k8s.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The CustomResourceDefinitions of the Strimzi kinds Carve uses. Strimzi publishes no CRD
 * files to a package registry, but its CRD generator and API model: the generator writes
 * the CRDs the operator of that version installs.
 */
final class StrimziCrds {

	private static final Map<String, String> KINDS = Map.of("kafka", "io.strimzi.api.kafka.model.kafka.Kafka",
			"kafkanodepool", "io.strimzi.api.kafka.model.nodepool.KafkaNodePool", "kafkatopic",
			"io.strimzi.api.kafka.model.topic.KafkaTopic", "kafkauser", "io.strimzi.api.kafka.model.user.KafkaUser",
			"kafkaconnect", "io.strimzi.api.kafka.model.connect.KafkaConnect", "kafkaconnector",
			"io.strimzi.api.kafka.model.connector.KafkaConnector");

	private StrimziCrds() {
	}

	/**
	 * Generates the CRDs into {@code output}, unless they are there already.
	 * @param generator a directory with {@code crd-generator.jar} and {@code api.jar}
	 * @param output where the CRDs go, one YAML file per kind
	 * @return the CRD files
	 */
	static List<Path> generate(Path generator, Path output) throws IOException, InterruptedException {
		List<Path> files = new ArrayList<>();
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
						generator.resolve("crd-generator.jar") + ":" + generator.resolve("api.jar"),
						"io.strimzi.crdgenerator.CrdGenerator", "--target-kube", "1.30+", "--crd-api-version", "v1",
						"--api-versions", "v1", "--storage-version", "v1", "--yaml"));
		KINDS.forEach((file, type) -> {
			Path crd = output.resolve(file + ".yaml");
			files.add(crd);
			command.add(type + "=" + crd);
		});
		if (files.stream().allMatch(Files::isRegularFile)) {
			return files;
		}
		Files.createDirectories(output);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0 || !files.stream().allMatch(Files::isRegularFile)) {
			throw new IllegalStateException("Strimzi's CRD generator failed:\n" + log);
		}
		return files;
	}

}
