package dev.carve.benchmarks.cutover;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.carve.benchmarks.move.MoveServers;
import dev.carve.benchmarks.orderflow.Deployable;

/**
 * What a cutover of inventory runs between, on loopback ports of the 185xx range: the
 * move benchmark's servers ({@link MoveServers}: a source PostgreSQL with logical
 * decoding on, a target PostgreSQL, the testkit's Kafka broker in this JVM), the monolith
 * from its jar on a database of the source with inventory in-process and
 * inventory-service as its other side, and inventory-service from its jar on a database
 * of the target, started dormant once the move has created its schema, with the monolith
 * as its other side and a service credential from the monolith's identity module. Both
 * have Kafka on. {@link #close()} stops what was started, the service first.
 */
final class CutoverTopology implements AutoCloseable {

	static final String ADMIN_EMAIL = "admin@cutover.carve.test";

	static final String ADMIN_PASSWORD = "cutover-admin-secret-1";

	private static final int MONOLITH_HTTP = 18580;

	private static final int MONOLITH_GRPC = 18590;

	private static final int SERVICE_HTTP = 18582;

	private static final int SERVICE_GRPC = 18592;

	private static final String SERVICE = "inventory-service";

	private final Path root;

	private final Path work;

	private final MoveServers servers;

	private final String source;

	private final String target;

	private final String serviceSecret = UUID.randomUUID() + "-" + UUID.randomUUID();

	private @Nullable Deployable monolith;

	private @Nullable Deployable service;

	private CutoverTopology(Path root, Path work, MoveServers servers, String source, String target) {
		this.root = root;
		this.work = work;
		this.servers = servers;
		this.source = source;
		this.target = target;
	}

	/**
	 * Starts the servers and the monolith, and waits until the monolith is ready.
	 * @param root the repository
	 * @param work the run's directory, empty: data and logs go there
	 */
	static CutoverTopology start(Path root, Path work) throws Exception {
		MoveServers servers = MoveServers.start(work);
		CutoverTopology topology;
		try {
			topology = new CutoverTopology(root, work, servers, servers.newSourceDatabase("shop"),
					servers.newTargetDatabase("inventory"));
		}
		catch (Exception ex) {
			servers.close();
			throw ex;
		}
		try {
			topology.startMonolith();
			return topology;
		}
		catch (Exception ex) {
			topology.close();
			throw ex;
		}
	}

	private void startMonolith() throws InterruptedException {
		Map<String, String> environment = database(this.source);
		environment.put("GRPC_PORT", Integer.toString(MONOLITH_GRPC));
		environment.put("CARVE_IDENTITY_ADMIN_EMAIL", ADMIN_EMAIL);
		environment.put("CARVE_IDENTITY_ADMIN_PASSWORD", ADMIN_PASSWORD);
		this.monolith = Deployable.start(this.root, "monolith", MONOLITH_HTTP, environment, this.work,
				List.of("--carve.modules.inventory.url=127.0.0.1:" + SERVICE_GRPC,
						"--carve.modules.inventory.transport=grpc",
						"--carve.modules.inventory.api-url=http://127.0.0.1:" + SERVICE_HTTP,
						"--carve.events.kafka.enabled=true", "--spring.kafka.bootstrap-servers=" + this.servers.kafka(),
						"--shop.identity.service-tokens.clients." + SERVICE + ".secret=" + this.serviceSecret,
						"--shop.identity.service-tokens.clients." + SERVICE + ".may-call=inventory",
						"--shop.identity.sign-up.per-address=1000"));
		this.monolith.awaitReady();
	}

	/**
	 * Starts inventory-service dormant on the target database, once the move has created
	 * the module's schema there, and waits until it is ready.
	 */
	void startService() throws InterruptedException {
		Map<String, String> environment = database(this.target);
		environment.put("GRPC_PORT", Integer.toString(SERVICE_GRPC));
		environment.put("CARVE_MODULES_INVENTORY_ROUTE", "dormant");
		environment.put("CARVE_MODULES_INVENTORY_URL", "127.0.0.1:" + MONOLITH_GRPC);
		environment.put("CARVE_MODULES_INVENTORY_TRANSPORT", "grpc");
		environment.put("CARVE_SERVICECREDENTIALS_TOKENURI", monolithUrl() + "/api/v1/identity/service-tokens");
		environment.put("CARVE_SERVICECREDENTIALS_CLIENTID", SERVICE);
		environment.put("CARVE_SERVICECREDENTIALS_CLIENTSECRET", this.serviceSecret);
		environment.put("CARVE_IDENTITY_JWKS_URI", monolithUrl() + "/.well-known/jwks.json");
		environment.put("CARVE_EVENTS_KAFKA_ENABLED", "true");
		environment.put("SPRING_KAFKA_BOOTSTRAPSERVERS", this.servers.kafka());
		this.service = Deployable.start(this.root, SERVICE, SERVICE_HTTP, environment, this.work, List.of());
		this.service.awaitReady();
	}

	/** A deployable's database settings: the JDBC URL, which names the user. */
	private static Map<String, String> database(String url) {
		Map<String, String> environment = new HashMap<>();
		environment.put("SPRING_DATASOURCE_URL", url);
		environment.put("SPRING_DATASOURCE_USERNAME", "postgres");
		return environment;
	}

	String monolithUrl() {
		return "http://127.0.0.1:" + MONOLITH_HTTP;
	}

	String serviceUrl() {
		return "http://127.0.0.1:" + SERVICE_HTTP;
	}

	/** The monolith's database's JDBC URL, with the user. */
	String source() {
		return this.source;
	}

	/** The target database's JDBC URL, with the user. */
	String target() {
		return this.target;
	}

	/**
	 * The settings every {@code carve} command of the run gets, as an operator exports
	 * them: the monolith's database as the source, the service's as the target, the
	 * broker.
	 */
	Map<String, String> carveEnvironment() {
		return Map.of("CARVE_SOURCE_URL", this.source, "CARVE_TARGET_URL", this.target, "CARVE_KAFKA",
				this.servers.kafka());
	}

	/**
	 * Stops inventory-service, the monolith and both PostgreSQL servers; the broker stops
	 * with this JVM.
	 */
	@Override
	public void close() throws Exception {
		try {
			for (Deployable deployable : new Deployable[] { this.service, this.monolith }) {
				if (deployable != null) {
					deployable.close();
				}
			}
		}
		finally {
			this.servers.close();
		}
	}

}
