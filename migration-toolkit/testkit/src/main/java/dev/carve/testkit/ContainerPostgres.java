package dev.carve.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * PostgreSQL 17 in a container, for machines with a Docker engine
 * ({@code -Dcarve.test.infra=testcontainers}). Started once per JVM and stopped by
 * Testcontainers' reaper.
 */
enum ContainerPostgres {

	INSTANCE;

	private volatile PostgresServer server;

	synchronized PostgresServer server() {
		if (this.server == null) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine").withCommand("postgres", "-c",
					"wal_level=logical", "-c", "max_connections=300");
			container.start();
			this.server = new Server(container);
		}
		return this.server;
	}

	private record Server(PostgreSQLContainer container) implements PostgresServer {

		@Override
		public String createDatabase(String name) {
			try (Connection connection = DriverManager.getConnection(this.container.getJdbcUrl(), username(),
					password()); Statement statement = connection.createStatement()) {
				statement.execute("CREATE DATABASE \"" + name + "\"");
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not create database " + name, ex);
			}
			return "jdbc:postgresql://" + this.container.getHost() + ":" + this.container.getFirstMappedPort() + "/"
					+ name;
		}

		@Override
		public String username() {
			return this.container.getUsername();
		}

		@Override
		public String password() {
			return this.container.getPassword();
		}

	}

}
