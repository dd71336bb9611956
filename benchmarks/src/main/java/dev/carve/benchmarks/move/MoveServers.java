package dev.carve.benchmarks.move;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import dev.carve.testkit.TestKafka;

/**
 * The servers a move runs between, started for one run: a source PostgreSQL with logical
 * decoding on, a target PostgreSQL with the default {@code wal_level} (both with their
 * data in the run's directory) and the testkit's Kafka broker in this JVM.
 * {@link #close()} stops both PostgreSQL servers; the broker stops with the JVM.
 *
 * @param source the source server
 * @param target the target server
 */
public record MoveServers(PostgresServer source, PostgresServer target) implements AutoCloseable {

	/** SQL states of a relation or schema that does not exist yet. */
	private static final String UNDEFINED_TABLE = "42P01";

	private static final String UNDEFINED_SCHEMA = "3F000";

	/** The servers from the embedded binaries, as the CLI's tests run them. */
	static final String EMBEDDED = "embedded";

	/** The prefix of Debian's installed servers of a major version: {@code debian-15}. */
	static final String DEBIAN = "debian-";

	/**
	 * Starts the servers from the embedded binaries.
	 * @param work the run's directory: the data goes to {@code source/} and
	 * {@code target/} in it
	 */
	public static MoveServers start(Path work) throws IOException, InterruptedException {
		return start(work, EMBEDDED);
	}

	/**
	 * Starts the servers.
	 * @param work the run's directory: the data goes to {@code source/} and
	 * {@code target/} in it
	 * @param servers {@link #EMBEDDED}, or {@code debian-<major>} for the binaries in
	 * {@code /usr/lib/postgresql/<major>/bin}
	 */
	public static MoveServers start(Path work, String servers) throws IOException, InterruptedException {
		PostgresServer source = start(servers, work.resolve("source"), "logical");
		try {
			PostgresServer target = start(servers, work.resolve("target"), "replica");
			TestKafka.shared();
			return new MoveServers(source, target);
		}
		catch (IOException | InterruptedException | RuntimeException ex) {
			source.close();
			throw ex;
		}
	}

	private static PostgresServer start(String servers, Path directory, String walLevel)
			throws IOException, InterruptedException {
		if (EMBEDDED.equals(servers)) {
			return EmbeddedServer.start(directory, walLevel);
		}
		if (servers.startsWith(DEBIAN)) {
			return InstalledServer.start(Path.of("/usr/lib/postgresql", servers.substring(DEBIAN.length()), "bin"),
					directory, walLevel);
		}
		throw new IllegalArgumentException("--servers is " + EMBEDDED + " or " + DEBIAN + "<major>, not " + servers);
	}

	/** Creates an empty database on the source server; its JDBC URL, with the user. */
	public String newSourceDatabase(String name) throws SQLException {
		return this.source.newDatabase(name);
	}

	/** Creates an empty database on the target server; its JDBC URL, with the user. */
	public String newTargetDatabase(String name) throws SQLException {
		return this.target.newDatabase(name);
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
