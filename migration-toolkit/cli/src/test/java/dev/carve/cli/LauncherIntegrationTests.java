package dev.carve.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.springframework.util.FileSystemUtils;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repository's {@code ./carve} launcher as a user runs it: the first move makes the
 * start-up cache every later command starts from, without a word of the JVM's in the
 * command's output, and a new build of the jar starts over.
 */
class LauncherIntegrationTests {

	private static final Path LAUNCHER = Path.of("..", "..", "carve");

	private static final Path LAUNCH = Path.of("target", "carve-launch");

	@Test
	void theFirstMoveMakesTheCacheLaterCommandsStartFromAndANewBuildStartsOver() throws Exception {
		FileSystemUtils.deleteRecursively(LAUNCH);
		String target = Servers.newTargetDatabase();
		String[] connections = { "--source", InventoryData.newSource(300), "--target", target, "--kafka",
				Servers.kafka() };

		Run version = run(Map.of(), "--version");
		assertThat(version.exitCode()).as(version.toString()).isZero();
		assertThat(caches()).as("no cache before a move").isEmpty();

		Run move = run(Map.of(), CarveCli.with(connections, "move", "inventory", "--exit-when-caught-up", "--json"));
		assertThat(move.exitCode()).as(move.toString()).isZero();
		assertThat(move.out().lines()).as("standard output, the command's JSON lines only")
			.isNotEmpty()
			.allMatch((line) -> line.startsWith("{\"event\":"));
		assertThat(move.out()).contains("\"event\":\"caught-up\"");
		assertThat(move.err()).containsPattern("carve: made the start-up cache later commands start from in \\d+ s");
		assertThat(caches()).hasSize(1);

		// The JVM refuses to start with AOTMode=on when it cannot map the cache.
		Run cached = run(Map.of("JAVA_OPTS", "-XX:AOTMode=on"), "--version");
		assertThat(cached.exitCode()).as(cached.toString()).isZero();
		assertThat(cached.out()).startsWith("carve ");
		Run aborted = run(Map.of("JAVA_OPTS", "-XX:AOTMode=on"),
				CarveCli.with(connections, "move", "inventory", "--abort"));
		assertThat(aborted.exitCode()).as(aborted.toString()).isZero();

		Path jar = Path.of("target", "carve.jar");
		FileTime built = Files.getLastModifiedTime(jar);
		try {
			Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(5)));
			Run rebuilt = run(Map.of(), "--version");
			assertThat(rebuilt.exitCode()).as(rebuilt.toString()).isZero();
			assertThat(caches()).as("the cache of the jar built before is gone").isEmpty();
		}
		finally {
			Files.setLastModifiedTime(jar, built);
		}
	}

	/** The caches in the launcher's directory. */
	private static List<Path> caches() throws IOException {
		if (!Files.isDirectory(LAUNCH)) {
			return List.of();
		}
		try (Stream<Path> files = Files.find(LAUNCH, 2, (path, attributes) -> path.endsWith("carve.aot"))) {
			return files.toList();
		}
	}

	private static Run run(Map<String, String> environment, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
		command.addAll(List.of(args));
		Path out = Files.createTempFile("carve", ".out");
		Path err = Files.createTempFile("carve", ".err");
		try {
			ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile())
				.redirectError(err.toFile());
			builder.environment().putAll(environment);
			Process process = builder.start();
			assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the launcher ends within two minutes").isTrue();
			return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
					Files.readString(err, StandardCharsets.UTF_8));
		}
		finally {
			Files.deleteIfExists(out);
			Files.deleteIfExists(err);
		}
	}

	/**
	 * A finished launch.
	 *
	 * @param exitCode its exit code
	 * @param out its standard output
	 * @param err its standard error
	 */
	private record Run(int exitCode, String out, String err) {

	}

}
