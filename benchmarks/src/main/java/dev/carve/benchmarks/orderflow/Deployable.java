package dev.carve.benchmarks.orderflow;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One of Carve's jars started as an operating-system process through the repository's
 * launcher ({@code ./carve-run <name>}), the way an operator starts it. The launcher
 * replaces itself with the JVM, so {@link #pid()} is the JVM.
 */
public final class Deployable implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	private final String name;

	private final int httpPort;

	private final Path dataDir;

	private final Process process;

	private Deployable(String name, int httpPort, Path dataDir, Process process) {
		this.name = name;
		this.httpPort = httpPort;
		this.dataDir = dataDir;
		this.process = process;
	}

	/**
	 * Starts a deployable; returns once the process runs, not once it is ready.
	 * @param root the repository root
	 * @param name {@code monolith} or {@code <module>-service}
	 * @param httpPort its HTTP port
	 * @param environment its settings
	 * @param work the directory its output ({@code <name>.log}) and its embedded
	 * PostgreSQL's data ({@code data/<name>}) go to
	 * @param arguments application arguments
	 * @return the running process
	 */
	public static Deployable start(Path root, String name, int httpPort, Map<String, String> environment, Path work,
			List<String> arguments) {
		Path dataDir = work.resolve("data").resolve(name);
		List<String> command = new ArrayList<>(
				List.of(root.resolve("carve-run").toString(), name, "--carve.embedded-postgres.data-dir=" + dataDir));
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(work.resolve(name + ".log").toFile())
			.directory(work.toFile());
		builder.environment().putAll(environment);
		builder.environment().put("PORT", Integer.toString(httpPort));
		try {
			return new Deployable(name, httpPort, dataDir, builder.start());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start " + name, ex);
		}
	}

	public String name() {
		return this.name;
	}

	public long pid() {
		return this.process.pid();
	}

	public String url() {
		return "http://127.0.0.1:" + this.httpPort;
	}

	/** CPU seconds of the JVM (with reaped children) so far. */
	double jvmCpu() {
		return CpuTime.ofProcess(pid());
	}

	/**
	 * CPU seconds of its embedded PostgreSQL: the postmaster named in
	 * {@code postmaster.pid} (which {@code pg_ctl} detaches from the JVM) and its
	 * backends.
	 */
	double postgresCpu() {
		try {
			long postmaster = Long
				.parseLong(Files.readAllLines(this.dataDir.resolve("postmaster.pid")).getFirst().strip());
			return CpuTime.ofProcess(postmaster) + ProcessHandle.of(postmaster).map(CpuTime::ofDescendants).orElse(0.0);
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	/** Waits until the readiness probe answers 200. */
	public void awaitReady() throws InterruptedException {
		Instant giveUp = Instant.now().plus(START_TIMEOUT);
		URI readiness = URI.create(url() + "/actuator/health/readiness");
		try (HttpClient client = HttpClient.newHttpClient()) {
			while (Instant.now().isBefore(giveUp)) {
				if (!this.process.isAlive()) {
					throw new IllegalStateException(this.name + " exited with " + this.process.exitValue());
				}
				try {
					if (client.send(HttpRequest.newBuilder(readiness).build(), HttpResponse.BodyHandlers.discarding())
						.statusCode() == 200) {
						return;
					}
				}
				catch (IOException ex) {
					// Not listening yet.
				}
				Thread.sleep(500);
			}
		}
		throw new IllegalStateException(this.name + " was not ready within " + START_TIMEOUT);
	}

	/** Stops the process gracefully (it stops its PostgreSQL), forcibly after 60 s. */
	@Override
	public void close() throws InterruptedException {
		List<ProcessHandle> children = this.process.toHandle().descendants().toList();
		this.process.destroy();
		if (!this.process.waitFor(Duration.ofSeconds(60))) {
			this.process.destroyForcibly();
			this.process.waitFor();
		}
		for (ProcessHandle child : children) {
			if (child.isAlive()) {
				child.destroy();
			}
		}
	}

}
