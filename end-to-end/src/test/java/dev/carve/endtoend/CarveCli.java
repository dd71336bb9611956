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
	 * to {@code <logName>.log} under the logs directory.
	 */
	Process start(String logName, String... args) throws IOException {
		Files.createDirectories(this.logs);
		return builder(args)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.logs.resolve(logName + ".log").toFile()))
			.start();
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
	 * What a command did.
	 *
	 * @param exitCode its exit code
	 * @param output what it wrote to standard output and standard error
	 */
	record Result(int exitCode, String output) {
	}

}
