package dev.carve.benchmarks.move;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A server from the embedded binaries, as the CLI's tests run them, with its data in a
 * directory of the run; they come without {@code pg_dump}.
 *
 * @param postgres the running server
 */
record EmbeddedServer(EmbeddedPostgres postgres) implements PostgresServer {

	/**
	 * Starts a server with {@code fsync} and {@code synchronous_commit} off.
	 * @param data its data directory, emptied first
	 * @param walLevel its {@code wal_level}
	 */
	static EmbeddedServer start(Path data, String walLevel) throws IOException {
		return new EmbeddedServer(EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(true)
			.setServerConfig("fsync", "off")
			.setServerConfig("synchronous_commit", "off")
			.setServerConfig("max_wal_size", "4GB")
			.setServerConfig("wal_level", walLevel)
			.start());
	}

	@Override
	public String newDatabase(String name) throws SQLException {
		try (Connection connection = this.postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		return this.postgres.getJdbcUrl("postgres", name);
	}

	@Override
	public String conninfo(String database) {
		return "host=localhost port=" + this.postgres.getPort() + " user=postgres dbname=" + database;
	}

	@Override
	public Optional<Path> clients() {
		return Optional.empty();
	}

	@Override
	public void close() throws IOException {
		this.postgres.close();
	}

}
