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
public final class MoveServers implements AutoCloseable {

	/** SQL states of a relation or schema that does not exist yet. */
	private static final String UNDEFINED_TABLE = "42P01";

	private static final String UNDEFINED_SCHEMA = "3F000";

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
	public static MoveServers start(Path work) throws IOException {
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
	public String newSourceDatabase(String name) throws SQLException {
		return create(this.source, name);
	}

	/** Creates an empty database on the target server; its JDBC URL, with the user. */
	public String newTargetDatabase(String name) throws SQLException {
		return create(this.target, name);
	}

	/** The broker's bootstrap address. */
	public String kafka() {
		return TestKafka.shared().bootstrapServers();
	}

	/** A connection to a database of either server. */
	public static Connection connect(String url) throws SQLException {
		return DriverManager.getConnection(url);
	}

	/**
	 * Whether a query failed because a table or schema it reads does not exist yet, as a
	 * move's state before the move has created it.
	 */
	public static boolean isMissingRelation(SQLException ex) {
		return UNDEFINED_TABLE.equals(ex.getSQLState()) || UNDEFINED_SCHEMA.equals(ex.getSQLState());
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
