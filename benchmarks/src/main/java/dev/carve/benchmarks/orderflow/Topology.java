package dev.carve.benchmarks.orderflow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the shop's modules run, on loopback ports of the 18xxx range: the one jar, or the
 * monolith with inventory over gRPC and payments over HTTP in services of their own.
 */
enum Topology {

	/** Every module in the monolith. */
	ONE_JAR("one-jar"),

	/**
	 * Inventory in inventory-service over gRPC, payments in payments-service over HTTP.
	 */
	MIXED("mixed");

	static final int MONOLITH_HTTP = 18080;

	private static final int INVENTORY_HTTP = 18182;

	private static final int INVENTORY_GRPC = 18192;

	private static final int PAYMENTS_HTTP = 18183;

	private static final int PAYMENTS_GRPC = 18193;

	static final String ADMIN_EMAIL = "admin@bench.carve.test";

	static final String ADMIN_PASSWORD = "bench-admin-secret-1";

	private final String label;

	Topology(String label) {
		this.label = label;
	}

	String label() {
		return this.label;
	}

	static Topology of(String label) {
		for (Topology topology : values()) {
			if (topology.label.equals(label)) {
				return topology;
			}
		}
		throw new IllegalArgumentException("Unknown topology " + label + ": one-jar or mixed");
	}

	/**
	 * Starts this topology's processes, each on an embedded PostgreSQL in a fresh
	 * directory.
	 * @param root the repository root
	 * @param work where data and logs go
	 * @param javaOptions JVM options for every process
	 * @return the processes, the monolith first
	 */
	List<Deployable> start(Path root, Path work, String javaOptions) {
		List<Deployable> started = new ArrayList<>();
		Map<String, String> monolith = common(javaOptions);
		monolith.put("GRPC_PORT", "18090");
		monolith.put("CARVE_IDENTITY_ADMIN_EMAIL", ADMIN_EMAIL);
		monolith.put("CARVE_IDENTITY_ADMIN_PASSWORD", ADMIN_PASSWORD);
		if (this == MIXED) {
			monolith.put("CARVE_MODULES_INVENTORY_MODE", "grpc");
			monolith.put("CARVE_MODULES_INVENTORY_URL", "localhost:" + INVENTORY_GRPC);
			monolith.put("CARVE_MODULES_PAYMENTS_MODE", "http");
			monolith.put("CARVE_MODULES_PAYMENTS_URL", "http://localhost:" + PAYMENTS_HTTP);
		}
		started.add(Deployable.start(root, "monolith", MONOLITH_HTTP, monolith, work,
				List.of("--shop.identity.sign-up.per-address=1000")));
		if (this == MIXED) {
			started.add(service(root, work, "inventory-service", INVENTORY_HTTP, INVENTORY_GRPC, javaOptions));
			started.add(service(root, work, "payments-service", PAYMENTS_HTTP, PAYMENTS_GRPC, javaOptions));
		}
		return started;
	}

	/** The base URL of the process that runs inventory's public API. */
	String inventoryUrl() {
		return "http://127.0.0.1:" + ((this == MIXED) ? INVENTORY_HTTP : MONOLITH_HTTP);
	}

	private static Deployable service(Path root, Path work, String name, int http, int grpc, String javaOptions) {
		Map<String, String> environment = common(javaOptions);
		environment.put("GRPC_PORT", Integer.toString(grpc));
		environment.put("CARVE_IDENTITY_JWKS_URI", "http://localhost:" + MONOLITH_HTTP + "/.well-known/jwks.json");
		return Deployable.start(root, name, http, environment, work, List.of());
	}

	private static Map<String, String> common(String javaOptions) {
		Map<String, String> environment = new HashMap<>();
		environment.put("JAVA_OPTS", javaOptions);
		return environment;
	}

}
