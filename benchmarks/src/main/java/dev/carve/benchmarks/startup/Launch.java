package dev.carve.benchmarks.startup;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One start of a JVM: the time from starting the process until {@code /actuator/health}
 * answers {@code UP}, and the JVM's resident set size at that moment.
 *
 * @param millis time to healthy in milliseconds
 * @param rssMegabytes {@code VmRSS} of the JVM process in MiB
 */
record Launch(long millis, double rssMegabytes) {

	private static final Duration TIMEOUT = Duration.ofMinutes(3);

	/**
	 * Starts the command, waits until it is healthy, measures, and stops it gracefully.
	 * @param command the JVM's command line
	 * @param environment settings added to this process's environment
	 * @param healthUrl the application's {@code /actuator/health}
	 * @param log where its output goes
	 * @return the measurement
	 */
	static Launch measure(List<String> command, Map<String, String> environment, URI healthUrl, Path log)
			throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		long start = System.nanoTime();
		Process process = builder.start();
		try (HttpClient client = HttpClient.newHttpClient()) {
			HttpRequest request = HttpRequest.newBuilder(healthUrl).timeout(Duration.ofSeconds(5)).build();
			while (System.nanoTime() - start < TIMEOUT.toNanos()) {
				if (!process.isAlive()) {
					throw new IllegalStateException(command + " exited with " + process.exitValue() + ", see " + log);
				}
				if (healthy(client, request)) {
					long millis = (System.nanoTime() - start) / 1_000_000;
					return new Launch(millis, rss(process.pid()));
				}
				Thread.sleep(20);
			}
			throw new IllegalStateException(command + " was not healthy within " + TIMEOUT + ", see " + log);
		}
		finally {
			stop(process);
		}
	}

	private static boolean healthy(HttpClient client, HttpRequest request) throws InterruptedException {
		try {
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 && response.body().contains("\"status\":\"UP\"");
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** {@code VmRSS} from {@code /proc/<pid>/status}, in MiB. */
	private static double rss(long pid) throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
			}
		}
		throw new IllegalStateException("no VmRSS for process " + pid);
	}

	/**
	 * Stops the JVM gracefully (it stops its embedded PostgreSQL), forcibly after 60 s.
	 */
	static void stop(Process process) throws InterruptedException {
		process.destroy();
		if (!process.waitFor(Duration.ofSeconds(60))) {
			process.destroyForcibly();
			process.waitFor();
		}
	}

}
