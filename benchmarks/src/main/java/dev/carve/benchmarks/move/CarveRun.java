package dev.carve.benchmarks.move;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * One run of the {@code carve} command as a user runs it: the repository's
 * {@code ./carve} launcher, which executes the built {@code carve.jar} with a JDK 25. Its
 * output goes to {@code <label>.log} in the run's directory.
 *
 * @param process the running command
 * @param started its start, in {@link System#nanoTime()}
 * @param log where its output goes
 */
public record CarveRun(Process process, long started, Path log) implements AutoCloseable {

	private static final long TIMEOUT_MINUTES = 30;

	/**
	 * Starts the command.
	 * @param root the repository
	 * @param work the run's directory, for the log
	 * @param label the run's name, for its log and profile
	 * @param profile a directory to record a JFR profile into ({@code <label>.jfr}), or
	 * {@code null}
	 * @param args the command's arguments
	 */
	static CarveRun start(Path root, Path work, String label, @Nullable Path profile, List<String> args)
			throws IOException {
		return start(root, work, label, profile, Map.of(), args);
	}

	/**
	 * Starts the command with settings in its environment, as an operator exports them
	 * ({@code CARVE_SOURCE_URL}, {@code CARVE_TARGET_URL}, {@code CARVE_KAFKA}, …).
	 * @param root the repository
	 * @param work the run's directory, for the log
	 * @param label the run's name, for its log and profile
	 * @param profile a directory to record a JFR profile into ({@code <label>.jfr}), or
	 * {@code null}
	 * @param environment added to this JVM's environment
	 * @param args the command's arguments
	 */
	public static CarveRun start(Path root, Path work, String label, @Nullable Path profile,
			Map<String, String> environment, List<String> args) throws IOException {
		List<String> command = new ArrayList<>(List.of(root.resolve("carve").toString()));
		command.addAll(args);
		Path log = work.resolve(label + ".log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		if (profile != null) {
			Files.createDirectories(profile);
			builder.environment()
				.put("JAVA_OPTS",
						"-XX:StartFlightRecording=settings=profile,filename=" + profile.resolve(label + ".jfr"));
		}
		return new CarveRun(builder.start(), System.nanoTime(), log);
	}

	/**
	 * Waits for the command to end.
	 * @param expectedExitCode the exit code it must end with
	 * @return the seconds from its start to its end
	 * @throws IllegalStateException when it ends otherwise or runs for 30 minutes
	 */
	public double await(int expectedExitCode) throws IOException, InterruptedException {
		if (!this.process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
			this.process.destroyForcibly().waitFor();
			throw new IllegalStateException(
					"carve did not end within " + TIMEOUT_MINUTES + " minutes, see " + this.log);
		}
		double seconds = seconds();
		if (this.process.exitValue() != expectedExitCode) {
			throw new IllegalStateException("carve exited with " + this.process.exitValue() + ", not "
					+ expectedExitCode + ":\n" + Files.readString(this.log));
		}
		return seconds;
	}

	/** The seconds since the command started. */
	public double seconds() {
		return (System.nanoTime() - this.started) / 1e9;
	}

	/** Whether the command still runs. */
	public boolean isAlive() {
		return this.process.isAlive();
	}

	/**
	 * Kills the command with SIGKILL, as {@code kill -9} does: no shutdown hook runs.
	 * @return the seconds from its start until it was killed
	 */
	double kill() throws InterruptedException {
		this.process.destroyForcibly();
		double seconds = seconds();
		this.process.waitFor();
		return seconds;
	}

	/**
	 * Waits until the command has printed a text, asking every 20 ms.
	 * @return the seconds since the command started
	 * @throws IllegalStateException when it ends first
	 */
	double awaitOutput(String text) throws IOException, InterruptedException {
		while (!output().contains(text)) {
			if (!isAlive()) {
				throw new IllegalStateException("carve ended before it printed " + text + ":\n" + output());
			}
			Thread.sleep(20);
		}
		return seconds();
	}

	/**
	 * Stops the command as Ctrl-C does (SIGTERM: its shutdown hooks run) and waits for it
	 * to end.
	 */
	void stop() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(1, TimeUnit.MINUTES)) {
			this.process.destroyForcibly().waitFor();
		}
	}

	/** The log, for a failure's message. */
	public String output() throws IOException {
		return Files.readString(this.log);
	}

	/**
	 * Kills the command with SIGKILL if it still runs, so that none outlives the
	 * benchmark.
	 */
	@Override
	public void close() {
		this.process.destroyForcibly();
	}

}
