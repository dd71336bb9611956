package dev.carve.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import dev.carve.testkit.TestInfrastructure;
import dev.carve.testkit.TestKafka;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The servers a move runs between, shared by the tests of one JVM: the testkit's
 * PostgreSQL (logical decoding on) as the source, a second PostgreSQL with the default
 * {@code wal_level} as the target, and the testkit's Kafka broker.
 */
final class Servers {

	private static final AtomicInteger databases = new AtomicInteger();

	private static EmbeddedPostgres target;

	private Servers() {
	}

	/** A new, empty database on the source server; its JDBC URL. */
	static String newSourceDatabase() {
		return TestInfrastructure.postgres().createDatabase("carve_source_" + databases.incrementAndGet());
	}

	/** A new, empty database on the target server; its JDBC URL. */
	static String newTargetDatabase() {
		String name = "carve_target_" + databases.incrementAndGet();
		try (Connection connection = targetServer().getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return targetServer().getJdbcUrl("postgres", name);
	}

	/** The broker's bootstrap address. */
	static String kafka() {
		return TestKafka.shared().bootstrapServers();
	}

	/** A connection to a test database. */
	static Connection connect(String url) throws SQLException {
		return DriverManager.getConnection(url, "postgres", "");
	}

	private static synchronized EmbeddedPostgres targetServer() {
		if (target == null) {
			try {
				target = EmbeddedPostgres.builder()
					.setServerConfig("fsync", "off")
					.setServerConfig("synchronous_commit", "off")
					.start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the target PostgreSQL", ex);
			}
			EmbeddedPostgres started = target;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					started.close();
				}
				catch (IOException ex) {
					// The JVM is exiting; the server stops with it.
				}
			}, "carve-target-postgres-stop"));
		}
		return target;
	}

}
