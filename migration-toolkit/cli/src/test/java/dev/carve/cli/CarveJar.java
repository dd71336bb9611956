package dev.carve.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built {@code carve.jar}, run as a process the way the launcher runs it: to the end,
 * or started and then killed.
 */
final class CarveJar implements AutoCloseable {

	private static final Path JAR = Path.of("target", "carve.jar");

	private final Process process;

	private final Path output;

	private CarveJar(Process process, Path output) {
		this.process = process;
		this.output = output;
	}

	/** Runs the command to its end, within a minute. */
	static Run run(String... args) throws IOException, InterruptedException {
		try (CarveJar carve = start(args)) {
			assertThat(carve.process.waitFor(60, TimeUnit.SECONDS)).as("carve ends within a minute").isTrue();
			return new Run(carve.process.exitValue(), carve.output());
		}
	}

	/** Starts the command; {@link #close()} ends it if it still runs. */
	static CarveJar start(String... args) throws IOException {
		assertThat(JAR).as("the build makes the jar before the tests run").isRegularFile();
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
				"-XX:TieredStopAtLevel=1", "-jar", JAR.toString()));
		command.addAll(List.of(args));
		Path output = Files.createTempFile("carve", ".out");
		return new CarveJar(
				new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start(), output);
	}

	/** Whether the process still runs. */
	boolean isAlive() {
		return this.process.isAlive();
	}

	/**
	 * Kills the process with SIGKILL, as {@code kill -9} does: no shutdown hook runs.
	 * @return the exit code the shell reports, 137 (128 + 9)
	 */
	int kill() throws InterruptedException {
		this.process.destroyForcibly();
		return this.process.waitFor();
	}

	/** What the process printed so far, standard output and error together. */
	String output() throws IOException {
		return Files.readString(this.output, StandardCharsets.UTF_8);
	}

	@Override
	public void close() throws IOException {
		this.process.destroyForcibly();
		Files.deleteIfExists(this.output);
	}

	/**
	 * A finished command.
	 *
	 * @param exitCode its exit code
	 * @param output standard output and error together
	 */
	record Run(int exitCode, String output) {

	}

}
