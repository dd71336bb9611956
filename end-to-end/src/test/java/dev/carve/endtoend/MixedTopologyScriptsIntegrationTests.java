package dev.carve.endtoend;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local mixed topology as its README tells a user to run it, from the built jars:
 * {@code deploy/mixed-start} brings up Kafka, the monolith with inventory over gRPC and
 * payments over HTTP, inventory-service and payments-service; running it again changes
 * nothing; {@code deploy/smoke} drives an order through all of them;
 * {@code deploy/mixed-stop} leaves no process of it behind.
 */
class MixedTopologyScriptsIntegrationTests {

	private static final Path ROOT = Path.of(System.getProperty("carve.root.dir", "..")).toAbsolutePath().normalize();

	/** Ports well away from the defaults and from the other tests' random ones. */
	private static final String PORT_OFFSET = "21000";

	@Test
	void startSmokeAndStop(@TempDir Path runDir) throws IOException, InterruptedException {
		Map<String, String> environment = Map.of("MIXED_RUN_DIR", runDir.toString(), "MIXED_PORT_OFFSET", PORT_OFFSET);
		List<Long> pids;
		Run stop;
		try {
			Run start = run(environment, 420, "deploy/mixed-start");
			assertThat(start.exitCode()).as(start.output()).isZero();
			assertThat(start.output()).contains("The mixed topology is up", "monolith           http://127.0.0.1:29080",
					"Administrator: admin@carve.local / ");

			Run again = run(environment, 60, "deploy/mixed-start");
			assertThat(again.exitCode()).as(again.output()).isZero();
			assertThat(again.output()).contains("inventory-service is already running",
					"payments-service is already running", "monolith is already running");

			Run smoke = run(environment, 180, "deploy/smoke");
			assertThat(smoke.exitCode()).as(smoke.output()).isZero();
			assertThat(smoke.output()).contains("ok      order ", "is CONFIRMED",
					"ok      its payment is CAPTURED in payments-service", "Smoke test passed.");
		}
		finally {
			pids = startedPids(runDir);
			stop = run(environment, 180, "deploy/mixed-stop");
		}
		assertThat(stop.exitCode()).as(stop.output()).isZero();
		assertThat(stop.output()).contains("The mixed topology is stopped.");
		assertThat(pids).as("the processes mixed-start started").hasSize(3);
		assertThat(pids).allSatisfy((pid) -> assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive))
			.as("process " + pid + " after mixed-stop")
			.isEmpty());
		assertThat(processesMentioning(runDir.toString())).as("processes still using " + runDir).isEmpty();
		assertThat(listening(9092 + Integer.parseInt(PORT_OFFSET))).as("Kafka after mixed-stop").isFalse();
		for (String name : List.of("monolith", "inventory-service", "payments-service")) {
			String log = Files.readString(runDir.resolve(name + ".log"));
			assertThat(log).as(name + "'s log, start to stop").doesNotContain("\tat ", " ERROR ");
		}
	}

	private static List<Long> startedPids(Path runDir) throws IOException {
		try (var files = Files.list(runDir)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".pid")).map((file) -> {
				try {
					return Long.parseLong(Files.readString(file).trim());
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			}).toList();
		}
	}

	private static boolean listening(int port) {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static List<String> processesMentioning(String text) {
		return ProcessHandle.allProcesses()
			.filter((process) -> process.info().commandLine().filter((line) -> line.contains(text)).isPresent())
			.map((process) -> process.pid() + " " + process.info().commandLine().orElse(""))
			.toList();
	}

	private static Run run(Map<String, String> environment, long timeoutSeconds, String script)
			throws IOException, InterruptedException {
		Path output = Files.createTempFile("carve-" + script.replace('/', '-'), ".out");
		ProcessBuilder builder = new ProcessBuilder("bash", script).directory(ROOT.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile());
		builder.environment().putAll(environment);
		Process process = builder.start();
		if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException(script + " did not finish within " + timeoutSeconds + " s:\n"
					+ Files.readString(output, StandardCharsets.UTF_8));
		}
		String text = Files.readString(output, StandardCharsets.UTF_8);
		Files.delete(output);
		return new Run(process.exitValue(), text);
	}

	private record Run(int exitCode, String output) {
	}

}
