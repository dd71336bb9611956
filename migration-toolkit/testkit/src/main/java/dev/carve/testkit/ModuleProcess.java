package dev.carve.testkit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.grpc.server.lifecycle.GrpcServerStartedEvent;

/**
 * A Spring Boot application started by a test as if it were another process: its own
 * database on the test PostgreSQL server, an HTTP server and a gRPC server on free
 * loopback ports, the tokens of a {@link TestTokens} issuer accepted, and its service
 * credentials fetched from that issuer's {@link TestTokens#server() token endpoint}. Its
 * properties take precedence over any {@code application.yaml} on the class path. It can
 * be stopped and started again on the same ports and database, the way a service
 * restarts.
 */
public final class ModuleProcess implements AutoCloseable {

	private static final java.util.Set<ModuleProcess> running = java.util.concurrent.ConcurrentHashMap.newKeySet();

	private final Class<?> application;

	private final TestTokens tokens;

	private final Map<String, Object> properties;

	private final AtomicInteger grpcPort = new AtomicInteger();

	private @Nullable ConfigurableApplicationContext context;

	private int httpPort;

	private ModuleProcess(Class<?> application, TestTokens tokens, Map<String, Object> properties) {
		this.application = application;
		this.tokens = tokens;
		this.properties = properties;
	}

	/**
	 * Starts an application.
	 * @param application its {@code @SpringBootConfiguration} class
	 * @param tokens the issuer whose tokens it accepts
	 * @param properties extra properties, {@code key=value}
	 * @return the running application
	 */
	public static ModuleProcess start(Class<?> application, TestTokens tokens, String... properties) {
		PostgresServer postgres = TestInfrastructure.postgres();
		Map<String, Object> all = new LinkedHashMap<>();
		all.put("spring.datasource.url", TestInfrastructure.newDatabase());
		all.put("spring.datasource.username", postgres.username());
		all.put("spring.datasource.password", postgres.password());
		all.put("carve.embedded-postgres.enabled", "false");
		all.put("server.port", "0");
		all.put("spring.grpc.server.port", "0");
		all.put("spring.grpc.server.address", "127.0.0.1");
		for (String property : tokens.serviceCredentialProperties(application.getSimpleName())) {
			String[] parts = property.split("=", 2);
			all.put(parts[0], parts[1]);
		}
		for (String property : properties) {
			String[] parts = property.split("=", 2);
			all.put(parts[0], (parts.length > 1) ? parts[1] : "");
		}
		ModuleProcess process = new ModuleProcess(application, tokens, all);
		process.start();
		return process;
	}

	/**
	 * Starts the application again after {@link #stop()}, on the same ports and database.
	 */
	public synchronized void start() {
		if (this.context != null) {
			return;
		}
		SpringApplication app = new SpringApplication(this.application);
		app.setWebApplicationType(WebApplicationType.SERVLET);
		// As defaults, so that spring.config.* reach config loading; first, so they win
		// over it.
		app.setDefaultProperties(this.properties);
		app.addInitializers((context) -> context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("moduleProcess", this.properties)));
		app.addInitializers((context) -> this.tokens.registerDecoder((GenericApplicationContext) context));
		// Typed by its event class, so that the multicaster never offers it another event
		// (a
		// cast lambda would be called, and throw, for every request's handled event).
		app.addListeners(GenericApplicationListener.forEventType(GrpcServerStartedEvent.class,
				(event) -> this.grpcPort.set(event.getPort())));
		this.context = app.run();
		running.add(this);
		this.httpPort = this.context.getEnvironment().getProperty("local.server.port", Integer.class, 0);
		this.properties.put("server.port", String.valueOf(this.httpPort));
		if (this.grpcPort.get() > 0) {
			this.properties.put("spring.grpc.server.port", String.valueOf(this.grpcPort.get()));
		}
	}

	/** Stops the application, as if its process ended. */
	public synchronized void stop() {
		if (this.context != null) {
			this.context.close();
			this.context = null;
		}
		running.remove(this);
	}

	/**
	 * Stops every process still running; called when the test plan finishes, before the
	 * JVM's shutdown hooks stop the database under them.
	 */
	static void stopAll() {
		running.forEach(ModuleProcess::stop);
	}

	@Override
	public void close() {
		stop();
	}

	/** The running application's context. */
	public ConfigurableApplicationContext context() {
		if (this.context == null) {
			throw new IllegalStateException(this.application.getSimpleName() + " is not running");
		}
		return this.context;
	}

	/** {@code http://127.0.0.1:<port>} of its HTTP server. */
	public String httpUrl() {
		return "http://127.0.0.1:" + this.httpPort;
	}

	/** {@code 127.0.0.1:<port>} of its gRPC server. */
	public String grpcTarget() {
		if (this.grpcPort.get() == 0) {
			throw new IllegalStateException(this.application.getSimpleName() + " runs no gRPC server");
		}
		return "127.0.0.1:" + this.grpcPort.get();
	}

}
