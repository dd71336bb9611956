package dev.carve.endtoend;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The {@code carve} command run from its jar as an operating-system process, the way an
 * operator runs it: {@code java -jar migration-toolkit/cli/target/carve.jar}, with the
 * connections in the environment ({@code CARVE_SOURCE_URL} and so on).
 */
final class CarveCli {

	private final Path jar;

	private final Map<String, String> environment;

	private final Path logs;

	/**
	 * @param environment the {@code CARVE_*} settings every command gets
	 */
	CarveCli(Map<String, String> environment) {
		this.jar = Path.of(System.getProperty("carve.root.dir", ".."), "migration-toolkit", "cli", "target",
				"carve.jar");
		if (!Files.isRegularFile(this.jar)) {
			throw new IllegalStateException(this.jar + " is missing: build the CLI first (./build -DskipTests package"
					+ " -pl migration-toolkit/cli -am)");
		}
		this.environment = Map.copyOf(environment);
		this.logs = Path.of(System.getProperty("carve.logs.dir", "target/service-logs"));
	}

	/**
	 * Runs a command to its end.
	 * @param atMost how long it may take
	 * @param args the command line after {@code carve}
	 * @return its exit code and everything it printed
	 */
	Result run(Duration atMost, String... args) throws IOException, InterruptedException {
		Path output = Files.createTempFile("carve-", ".out");
		Process process = builder(args).redirectOutput(output.toFile()).start();
		if (!process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS)) {
			process.destroyForcibly().waitFor();
			throw new IllegalStateException("carve " + String.join(" ", args) + " did not end within " + atMost + ":\n"
					+ Files.readString(output));
		}
		String printed = Files.readString(output, StandardCharsets.UTF_8);
		Files.delete(output);
		return new Result(process.exitValue(), printed);
	}

	/**
	 * Starts a command that runs until stopped, such as a streaming move; its output goes
	 * to {@code <logName>.log} under the logs directory, after what earlier runs wrote.
	 */
	Background start(String logName, String... args) throws IOException {
		Files.createDirectories(this.logs);
		Path log = this.logs.resolve(logName + ".log");
		long before = Files.exists(log) ? Files.size(log) : 0;
		Process process = builder(args).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
		return new Background(process, log, before);
	}

	/**
	 * Stops a streaming {@code carve move} as Ctrl-C does, then runs
	 * {@code carve move <module> --abort}, which removes its slot, publication and topic.
	 */
	void abortMove(Background streaming, String module) throws IOException, InterruptedException {
		streaming.process().destroy();
		assertThat(streaming.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
		Result aborted = run(Duration.ofSeconds(60), "move", module, "--abort");
		assertThat(aborted.exitCode()).as(aborted.output()).isZero();
	}

	private ProcessBuilder builder(String... args) {
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-jar",
				this.jar.toAbsolutePath().toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.directory(new File(System.getProperty("java.io.tmpdir")));
		builder.environment().putAll(this.environment);
		return builder;
	}

	/**
	 * A command running in the background.
	 *
	 * @param process its process
	 * @param log the file its output is appended to
	 * @param from where in that file this run's output begins
	 */
	record Background(Process process, Path log, long from) {

		/**
		 * Waits up to 90 s until this {@code carve move} of a module streams into its
		 * target, as the move's state there says.
		 * @throws AssertionError when the command ends first
		 */
		Background awaitStreaming(JdbcTemplate target, String module) {
			await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() -> {
				assertThat(this.process.isAlive()).as(this::describe).isTrue();
				try {
					return "STREAMING".equals(target
						.queryForObject("select phase from carve_move.moves where module = ?", String.class, module));
				}
				catch (DataAccessException ex) {
					return false;
				}
			});
			return this;
		}

		/**
		 * What this run has printed so far, with its exit code once it ended: the message
		 * of an assertion about it.
		 */
		String describe() {
			String state = this.process.isAlive() ? "running" : "ended with exit code " + this.process.exitValue();
			try {
				byte[] all = Files.readAllBytes(this.log);
				int from = (int) Math.min(this.from, all.length);
				return state + ", printed (" + this.log + "):\n"
						+ new String(all, from, all.length - from, StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				return state + ", its log " + this.log + " unreadable: " + ex;
			}
		}

	}

	/**
	 * What a command did.
	 *
	 * @param exitCode its exit code
	 * @param output what it wrote to standard output and standard error
	 */
	record Result(int exitCode, String output) {
	}

}
