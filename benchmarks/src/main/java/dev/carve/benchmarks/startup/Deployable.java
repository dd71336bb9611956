package dev.carve.benchmarks.startup;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A built jar prepared for the benchmark in a directory of its own: extracted into Spring
 * Boot's layout, its embedded PostgreSQL initialized and its AOT cache written by one
 * training run (the application starts, refreshes its context and exits), as Spring
 * Boot's documentation recommends.
 *
 * @param name {@code monolith} or {@code <module>-service}
 * @param jar the executable jar
 * @param work its directory
 * @param httpPort its HTTP port
 * @param grpcPort its gRPC port
 */
record Deployable(String name, Path jar, Path work, int httpPort, int grpcPort) {

	/** The application jar of the extracted layout. */
	Path extractedJar() {
		return this.work.resolve("extracted").resolve(this.jar.getFileName());
	}

	/** The AOT cache the training run writes. */
	Path cache() {
		return this.work.resolve("app.aot");
	}

	URI health() {
		return URI.create("http://127.0.0.1:" + this.httpPort + "/actuator/health");
	}

	/**
	 * Its settings: ports, the embedded PostgreSQL's data directory, and where its
	 * binaries are: beside the built jar, where the build copies them (ADR 30), not
	 * beside the extracted layout, from which they would be looked for in the working
	 * directory.
	 */
	Map<String, String> environment() {
		return Map.of("PORT", Integer.toString(this.httpPort), "GRPC_PORT", Integer.toString(this.grpcPort),
				"CARVE_EMBEDDED_POSTGRES_DATA_DIR", this.work.resolve("data").toString(),
				"CARVE_EMBEDDED_POSTGRES_BINARIES_DIR", this.jar.resolveSibling("embedded-postgres").toString());
	}

	/** Extracts the jar, then trains the AOT cache, which also creates the database. */
	void prepare(Path java) throws Exception {
		run(List.of(java.toString(), "-Djarmode=tools", "-jar", this.jar.toString(), "extract", "--destination",
				this.work.resolve("extracted").toString()), "extract.log");
		List<String> training = new ArrayList<>(List.of(java.toString()));
		training.addAll(Variant.JVM_OPTIONS);
		training.addAll(List.of("-XX:AOTCacheOutput=" + cache(), "-Dspring.context.exit=onRefresh", "-jar",
				extractedJar().toString()));
		run(training, "training.log");
		stopPostgres();
	}

	/**
	 * Stops the embedded PostgreSQL the training run left behind: it exits right after
	 * the refresh, without stopping the server its context started.
	 */
	private void stopPostgres() throws Exception {
		Path pidFile = this.work.resolve("data/postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
		// Only that server: a stale pid file could name another process by now.
		ProcessHandle postmaster = ProcessHandle.of(pid)
			.filter((process) -> process.info().commandLine().orElse("").contains(this.work.toString()))
			.orElse(null);
		if (postmaster != null) {
			postmaster.destroy();
			postmaster.onExit().get(30, TimeUnit.SECONDS);
		}
	}

	private void run(List<String> command, String log) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(this.work.resolve(log).toFile());
		builder.environment().putAll(environment());
		Process process = builder.start();
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			Launch.stop(process);
			throw new IllegalStateException(command + " did not finish within 5 minutes, see " + log);
		}
		if (process.exitValue() != 0) {
			throw new IllegalStateException(
					command + " exited with " + process.exitValue() + ", see " + this.work.resolve(log));
		}
	}

}
