package dev.carve.benchmarks.move;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import dev.carve.testkit.TestKafka;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The servers a move runs between, started for one run: a source PostgreSQL with logical
 * decoding on, a target PostgreSQL with the default {@code wal_level} (both from the
 * embedded binaries, as the CLI's tests run them, with their data in the run's directory)
 * and the testkit's Kafka broker in this JVM. {@link #close()} stops both PostgreSQL
 * servers; the broker stops with the JVM.
 */
final class MoveServers implements AutoCloseable {

	private final EmbeddedPostgres source;

	private final EmbeddedPostgres target;

	private MoveServers(EmbeddedPostgres source, EmbeddedPostgres target) {
		this.source = source;
		this.target = target;
	}

	/**
	 * Starts the servers.
	 * @param work the run's directory: the data goes to {@code source/} and
	 * {@code target/} in it
	 */
	static MoveServers start(Path work) throws IOException {
		EmbeddedPostgres source = postgres(work.resolve("source")).setServerConfig("wal_level", "logical").start();
		try {
			EmbeddedPostgres target = postgres(work.resolve("target")).start();
			TestKafka.shared();
			return new MoveServers(source, target);
		}
		catch (IOException | RuntimeException ex) {
			source.close();
			throw ex;
		}
	}

	private static EmbeddedPostgres.Builder postgres(Path data) {
		return EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(true)
			.setServerConfig("fsync", "off")
			.setServerConfig("synchronous_commit", "off")
			.setServerConfig("max_wal_size", "4GB");
	}

	/** Creates an empty database on the source server; its JDBC URL, with the user. */
	String newSourceDatabase(String name) throws SQLException {
		return create(this.source, name);
	}

	/** Creates an empty database on the target server; its JDBC URL, with the user. */
	String newTargetDatabase(String name) throws SQLException {
		return create(this.target, name);
	}

	/** The broker's bootstrap address. */
	String kafka() {
		return TestKafka.shared().bootstrapServers();
	}

	/** A connection to a database of either server. */
	static Connection connect(String url) throws SQLException {
		return DriverManager.getConnection(url);
	}

	private static String create(EmbeddedPostgres server, String name) throws SQLException {
		try (Connection connection = server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		return server.getJdbcUrl("postgres", name);
	}

	@Override
	public void close() throws IOException {
		try {
			this.target.close();
		}
		finally {
			this.source.close();
		}
	}

}
