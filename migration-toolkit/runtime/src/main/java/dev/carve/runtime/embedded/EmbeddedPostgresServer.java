package dev.carve.runtime.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server run from the binaries on the class path, keeping its files in a
 * directory so that a restart finds the data again.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	private final EmbeddedPostgres postgres;

	private final Path dataDir;

	private final String database;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDir, String database) {
		this.postgres = postgres;
		this.dataDir = dataDir;
		this.database = database;
	}

	/**
	 * Starts the server on the given directory, creating the directory and the database
	 * if they do not exist.
	 * @param properties where and how
	 * @return the running server
	 * @throws IOException when the server cannot start
	 */
	public static EmbeddedPostgresServer start(EmbeddedPostgresProperties properties) throws IOException {
		Path dataDir = properties.dataDir().toAbsolutePath().normalize();
		Files.createDirectories(dataDir.getParent());
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(false);
		if (properties.port() > 0) {
			builder.setPort(properties.port());
		}
		EmbeddedPostgres postgres = builder.start();
		createDatabaseIfMissing(postgres, properties.database());
		return new EmbeddedPostgresServer(postgres, dataDir, properties.database());
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String database) throws IOException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
			exists.setString(1, database);
			try (ResultSet result = exists.executeQuery()) {
				if (!result.next()) {
					try (Statement create = connection.createStatement()) {
						create.execute("CREATE DATABASE \"" + database + "\"");
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new IOException("Could not create database " + database, ex);
		}
	}

	/** The JDBC URL of the application's database. */
	public String jdbcUrl() {
		return this.postgres.getJdbcUrl("postgres", this.database);
	}

	/** The directory the server keeps its files in. */
	public Path dataDir() {
		return this.dataDir;
	}

	/** The port the server listens on. */
	public int port() {
		return this.postgres.getPort();
	}

	@Override
	public void close() throws IOException {
		this.postgres.close();
	}

}
