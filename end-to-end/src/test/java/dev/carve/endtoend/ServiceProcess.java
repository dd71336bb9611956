package dev.carve.endtoend;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.carve.testkit.FreePorts;
import dev.carve.testkit.PostgresServer;
import dev.carve.testkit.TestInfrastructure;
import dev.carve.testkit.TestKafka;

/**
 * A deployable started from its jar as an operating-system process, the way an operator
 * starts it: a standalone service
 * ({@code java -jar services/<module>-service/target/<module>-service.jar}) or the
 * monolith ({@code monolith/app/target/carve-monolith.jar}), with its settings in the
 * environment. Stopping it kills the process; starting it again reuses its ports and
 * database.
 */
final class ServiceProcess implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

	private static final int LOG_TAIL_LINES = 40;

	private final String name;

	private final Path jar;

	private final Map<String, String> environment;

	private final int httpPort;

	private final int grpcPort;

	private final Path log;

	private Process process;

	ServiceProcess(String module, Map<String, String> environment) {
		this(module, environment, module + "-service");
	}

	/**
	 * A service whose output goes to {@code <logName>.log} under the logs directory.
	 */
	ServiceProcess(String module, Map<String, String> environment, String logName) {
		this(module + "-service",
				Path.of(System.getProperty("carve.services.dir", "../services"))
					.resolve(module + "-service")
					.resolve("target")
					.resolve(module + "-service.jar"),
				environment, logName);
	}

	private ServiceProcess(String name, Path jar, Map<String, String> environment, String logName) {
		this.name = name;
		this.log = Path.of(System.getProperty("carve.logs.dir", "target/service-logs")).resolve(logName + ".log");
		this.jar = jar;
		if (!Files.isRegularFile(this.jar)) {
			throw new IllegalStateException(this.jar + " is missing: build it first (./build -DskipTests install)");
		}
		this.httpPort = FreePorts.next();
		this.grpcPort = FreePorts.next();
		this.environment = new java.util.HashMap<>(environment);
		this.environment.put("PORT", String.valueOf(this.httpPort));
		this.environment.put("GRPC_PORT", String.valueOf(this.grpcPort));
	}

	/**
	 * The monolith, from its jar, on a new database of the test PostgreSQL server, with
	 * the administrator the tests log in as; Kafka off.
	 * @param settings what differs from that, as environment variables
	 * @return the process, not started yet
	 */
	static ServiceProcess monolith(Map<String, String> settings) {
		PostgresServer postgres = TestInfrastructure.postgres();
		Map<String, String> environment = new java.util.HashMap<>();
		environment.put("SPRING_DATASOURCE_URL", TestInfrastructure.newDatabase());
		environment.put("SPRING_DATASOURCE_USERNAME", postgres.username());
		environment.put("SPRING_DATASOURCE_PASSWORD", postgres.password());
		environment.put("CARVE_IDENTITY_ADMIN_EMAIL", ShopUser.ADMIN_EMAIL);
		environment.put("CARVE_IDENTITY_ADMIN_PASSWORD", ShopUser.ADMIN_PASSWORD);
		environment.putAll(settings);
		Path jar = Path.of(System.getProperty("carve.root.dir", ".."), "monolith", "app", "target",
				"carve-monolith.jar");
		return new ServiceProcess("carve-monolith", jar, environment, "carve-monolith");
	}

	/** Starts the process and waits until it reports itself ready. */
	synchronized void start() {
		if (this.process != null && this.process.isAlive()) {
			return;
		}
		try {
			Files.createDirectories(this.log.getParent());
			String java = ProcessHandle.current().info().command().orElse("java");
			ProcessBuilder builder = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-jar",
					this.jar.toAbsolutePath().toString())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(this.log.toFile()))
				.directory(new File(System.getProperty("java.io.tmpdir")));
			builder.environment().putAll(this.environment);
			this.process = builder.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start " + this.name, ex);
		}
		awaitReady();
	}

	/** Kills the process, as a crash or an operator would. */
	synchronized void stop() {
		if (this.process != null) {
			this.process.destroyForcibly();
			try {
				this.process.waitFor();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.process = null;
		}
	}

	/**
	 * Asks the process to stop (SIGTERM), as an operator or an orchestrator does, and
	 * waits for it to end.
	 * @param atMost how long to wait before killing it
	 * @return how long it took to end
	 * @throws IllegalStateException when it had not ended within {@code atMost}
	 */
	synchronized Duration terminate(Duration atMost) throws InterruptedException {
		Instant asked = Instant.now();
		this.process.destroy();
		boolean ended = this.process.waitFor(atMost.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
		Duration took = Duration.between(asked, Instant.now());
		if (!ended) {
			stop();
			throw new IllegalStateException(this.name + " did not stop within " + atMost);
		}
		this.process = null;
		return took;
	}

	/**
	 * The last lines the process wrote, where a start-up failure names its cause, so that
	 * a build log shows it without the service's log file.
	 */
	private String logTail() {
		try {
			List<String> lines = Files.readAllLines(this.log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
		}
		catch (IOException ex) {
			return "(unreadable: " + ex.getMessage() + ")";
		}
	}

	/** Everything the process wrote, across its starts. */
	String log() throws IOException {
		return Files.readString(this.log);
	}

	@Override
	public void close() {
		stop();
	}

	String httpUrl() {
		return "http://127.0.0.1:" + this.httpPort;
	}

	/** The JDBC URL of the service's own database. */
	String databaseUrl() {
		return this.environment.get("SPRING_DATASOURCE_URL");
	}

	String grpcTarget() {
		return "127.0.0.1:" + this.grpcPort;
	}

	private void awaitReady() {
		Instant giveUp = Instant.now().plus(START_TIMEOUT);
		URI readiness = URI.create(httpUrl() + "/actuator/health/readiness");
		try (HttpClient client = HttpClient.newHttpClient()) {
			while (Instant.now().isBefore(giveUp)) {
				if (!this.process.isAlive()) {
					throw new IllegalStateException(this.name + " exited with " + this.process.exitValue()
							+ "; the end of its log " + this.log.toAbsolutePath() + ":\n" + logTail());
				}
				try {
					HttpResponse<String> response = client.send(HttpRequest.newBuilder(readiness).build(),
							HttpResponse.BodyHandlers.ofString());
					if (response.statusCode() == 200) {
						return;
					}
				}
				catch (IOException ex) {
					// Not listening yet.
				}
				Thread.sleep(250);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		throw new IllegalStateException(this.name + " was not ready within " + START_TIMEOUT);
	}

	/**
	 * What every service needs: a new database of its own on the test PostgreSQL server,
	 * the monolith's identity for tokens, and the test JVM's Kafka broker for events.
	 * @param monolith the monolith's base URL
	 * @return the environment, to add to
	 */
	static Map<String, String> environment(String monolith) {
		PostgresServer postgres = TestInfrastructure.postgres();
		Map<String, String> environment = new java.util.HashMap<>();
		environment.put("SPRING_DATASOURCE_URL", TestInfrastructure.newDatabase());
		environment.put("SPRING_DATASOURCE_USERNAME", postgres.username());
		environment.put("SPRING_DATASOURCE_PASSWORD", postgres.password());
		environment.put("CARVE_IDENTITY_JWKS_URI", monolith + "/.well-known/jwks.json");
		environment.put("CARVE_EVENTS_RELAY_POLLINTERVAL", "200ms");
		environment.put("CARVE_EVENTS_KAFKA_ENABLED", "true");
		environment.put("SPRING_KAFKA_BOOTSTRAPSERVERS", TestKafka.shared().bootstrapServers());
		// A killed service's consumer holds its partitions until its session times out
		// (45 s
		// by default); the broker's minimum keeps the restart tests short.
		environment.put("SPRING_KAFKA_CONSUMER_PROPERTIES_SESSION_TIMEOUT_MS", "6000");
		environment.put("SPRING_KAFKA_CONSUMER_PROPERTIES_HEARTBEAT_INTERVAL_MS", "2000");
		return environment;
	}

}
