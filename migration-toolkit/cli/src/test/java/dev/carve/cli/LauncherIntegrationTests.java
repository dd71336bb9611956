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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repository's {@code ./carve} launcher as a user runs it: the first move makes the
 * start-up cache every later command starts from, without a word of the JVM's in the
 * command's output, and a new build of the jar starts over; that first move, which runs
 * as the launcher's child, stops when the launcher is stopped or killed.
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

	@Test
	void theFirstMoveNeverOutlivesItsLauncher() throws Exception {
		String source = InventoryData.newSource(300);
		String[] connections = { "--source", source, "--target", Servers.newTargetDatabase(), "--kafka",
				Servers.kafka() };
		String slot = "SELECT count(*) FROM pg_replication_slots WHERE slot_name = 'carve_inventory'"
				+ " AND database = current_database() AND ";
		try {
			// SIGTERM, as a supervisor sends: the move stops as on Ctrl-C; the cache
			// follows.
			FileSystemUtils.deleteRecursively(LAUNCH);
			Launch stopped = Launch.start(Map.of(), CarveCli.with(connections, "move", "inventory"));
			stopped.awaitStreaming(source, slot + "active");
			stopped.process().destroy();
			Run ended = stopped.end();
			assertThat(ended.exitCode()).as(ended.toString()).isEqualTo(143);
			assertThat(ended.err())
				.containsPattern("carve: made the start-up cache later commands start from in \\d+ s");
			assertThat(InventoryData.single(source, slot + "NOT active")).as("the move's replication slot, released")
				.isEqualTo("1");

			// SIGKILL, which the launcher cannot pass on: on Linux the move dies with it.
			Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "util-linux's setpriv");
			FileSystemUtils.deleteRecursively(LAUNCH);
			Launch killed = Launch.start(Map.of(), CarveCli.with(connections, "move", "inventory"));
			killed.awaitStreaming(source, slot + "active");
			killed.process().destroyForcibly();
			killed.end();
			InventoryData.await(source, slot + "NOT active", () -> null);
			assertThat(caches()).as("no cache from a killed move").isEmpty();
		}
		finally {
			// Slot names are the server's: whatever happened, the next test finds none.
			InventoryData.execute(source, "SELECT pg_terminate_backend(active_pid) FROM pg_replication_slots"
					+ " WHERE slot_name = 'carve_inventory' AND active_pid IS NOT NULL");
			InventoryData.await(source, "SELECT (count(*) = 0)::int FROM pg_replication_slots"
					+ " WHERE slot_name = 'carve_inventory' AND active", () -> null);
			InventoryData.execute(source, "SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots"
					+ " WHERE slot_name = 'carve_inventory'");
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
		return Launch.start(environment, args).end();
	}

	/**
	 * The launcher, started with its standard output and error in files.
	 *
	 * @param process the launcher's process
	 */
	private record Launch(Process process, Path out, Path err) {

		static Launch start(Map<String, String> environment, String... args) throws IOException {
			List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
			command.addAll(List.of(args));
			Path out = Files.createTempFile("carve", ".out");
			Path err = Files.createTempFile("carve", ".err");
			ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile())
				.redirectError(err.toFile());
			builder.environment().putAll(environment);
			return new Launch(builder.start(), out, err);
		}

		/** Waits up to a minute until the command has printed a text. */
		void awaitOut(String text) throws Exception {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			while (!Files.readString(this.out, StandardCharsets.UTF_8).contains(text)) {
				assertThat(this.process.isAlive())
					.as("the launcher still runs, not printed %s yet: %s", text,
							Files.readString(this.err, StandardCharsets.UTF_8))
					.isTrue();
				assertThat(System.nanoTime()).as("printed within a minute: %s", text).isLessThan(deadline);
				TimeUnit.MILLISECONDS.sleep(20);
			}
		}

		/**
		 * Waits up to a minute until the move streams: it said so and its replication
		 * slot is in use; a launcher that fails on the way is killed.
		 */
		void awaitStreaming(String source, String slotActive) throws Exception {
			try {
				awaitOut("streaming changes");
				InventoryData.await(source, slotActive,
						() -> this.process.isAlive() ? null : Files.readString(this.err, StandardCharsets.UTF_8));
			}
			catch (Throwable ex) {
				this.process.destroyForcibly();
				throw ex;
			}
		}

		/** Waits up to two minutes for the launcher to end; what it printed. */
		Run end() throws Exception {
			try {
				assertThat(this.process.waitFor(120, TimeUnit.SECONDS)).as("the launcher ends within two minutes")
					.isTrue();
				return new Run(this.process.exitValue(), Files.readString(this.out, StandardCharsets.UTF_8),
						Files.readString(this.err, StandardCharsets.UTF_8));
			}
			finally {
				Files.deleteIfExists(this.out);
				Files.deleteIfExists(this.err);
			}
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
