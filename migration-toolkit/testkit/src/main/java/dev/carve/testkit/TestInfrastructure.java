package dev.carve.testkit;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where tests get their servers. One PostgreSQL per test JVM, started on first use: from
 * the embedded binaries, or from Testcontainers with
 * {@code -Dcarve.test.infra=testcontainers}.
 */
public final class TestInfrastructure {

	/**
	 * The system property that picks the infrastructure: {@code embedded} (default) or
	 * {@code testcontainers}.
	 */
	public static final String INFRA_PROPERTY = "carve.test.infra";

	private static final AtomicInteger databases = new AtomicInteger();

	private TestInfrastructure() {
	}

	/** The PostgreSQL server of this test JVM, started on first call. */
	public static PostgresServer postgres() {
		return useTestcontainers() ? ContainerPostgres.INSTANCE.server() : EmbeddedPostgresServer.INSTANCE.server();
	}

	/**
	 * A new, empty database on the shared server.
	 * @return the database's JDBC URL; connect with {@link PostgresServer#username()} and
	 * {@link PostgresServer#password()}
	 */
	public static String newDatabase() {
		return postgres().createDatabase("carve_test_" + databases.incrementAndGet());
	}

	static boolean useTestcontainers() {
		return "testcontainers".equalsIgnoreCase(System.getProperty(INFRA_PROPERTY, "embedded"));
	}

}
