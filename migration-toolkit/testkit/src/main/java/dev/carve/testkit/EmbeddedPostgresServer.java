package dev.carve.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * PostgreSQL 17 from the embedded binaries, with logical decoding on, started once per
 * JVM.
 */
enum EmbeddedPostgresServer {

	INSTANCE;

	private volatile PostgresServer server;

	synchronized PostgresServer server() {
		if (this.server == null) {
			this.server = start();
		}
		return this.server;
	}

	private static PostgresServer start() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setServerConfig("wal_level", "logical")
				.setServerConfig("max_connections", "300")
				.setServerConfig("fsync", "off")
				.setServerConfig("synchronous_commit", "off")
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres), "carve-test-postgres-stop"));
			return new Server(postgres);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start embedded PostgreSQL", ex);
		}
	}

	private static void close(EmbeddedPostgres postgres) {
		try {
			postgres.close();
		}
		catch (IOException ex) {
			// The JVM is exiting; the process dies with it.
		}
	}

	private record Server(EmbeddedPostgres postgres) implements PostgresServer {

		@Override
		public String createDatabase(String name) {
			try (Connection connection = this.postgres.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("CREATE DATABASE \"" + name + "\"");
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not create database " + name, ex);
			}
			return this.postgres.getJdbcUrl(username(), name);
		}

		@Override
		public String username() {
			return "postgres";
		}

		@Override
		public String password() {
			return "";
		}

	}

}
