package dev.carve.runtime.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * A PostgreSQL server run from the binaries on the class path or beside the application's
 * jar ({@link PostgresBinaries}), keeping its files in a directory so that a restart
 * finds the data again. It is for developing and trying things out on one machine: it
 * listens on the loopback interface only, and every connection needs the password of the
 * {@code postgres} role, generated on first start and kept in {@value #PASSWORD_FILE} in
 * the data directory (readable by its owner only). Commits are durable
 * ({@code synchronous_commit} and {@code fsync} on). Logical decoding is on
 * ({@code wal_level = logical}, with {@value #REPLICATION_SLOTS} replication slots and
 * WAL senders), so that {@code carve move} can move a module out of this database. The
 * server runs until {@link #close()}: no shutdown hook of its own stops it, so that an
 * application that closes it after its relay, consumers and connection pool stop never
 * loses it halfway through a graceful shutdown.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(EmbeddedPostgresServer.class);

	/** The file in the data directory that holds the {@code postgres} role's password. */
	public static final String PASSWORD_FILE = "carve-password";

	/**
	 * The replication slots and WAL senders the server allows: a move takes one of each.
	 */
	public static final int REPLICATION_SLOTS = 10;

	private final EmbeddedPostgres postgres;

	private final Path dataDir;

	private final String database;

	private final String password;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDir, String database, String password) {
		this.postgres = postgres;
		this.dataDir = dataDir;
		this.database = database;
		this.password = password;
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
		Path passwordFile = dataDir.resolve(PASSWORD_FILE);
		boolean kept = Files.exists(passwordFile);
		String password = kept ? SecretFiles.read(passwordFile) : SecretFiles.generate();
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setPgBinaryResolver(new PostgresBinaries(EmbeddedPostgresServer.class.getClassLoader(),
					properties.binariesDirOrDefault()))
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(false)
			// Stopped by close(), after everything that uses it: zonky's own hook would
			// stop it
			// while the application's shutdown still uses it.
			.setRegisterShutdownHook(false)
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("fsync", "on")
			.setServerConfig("listen_addresses", "localhost")
			.setServerConfig("wal_level", "logical")
			.setServerConfig("max_replication_slots", String.valueOf(REPLICATION_SLOTS))
			.setServerConfig("max_wal_senders", String.valueOf(REPLICATION_SLOTS))
			.setConnectConfig("password", password)
			// after initdb (which needs an empty directory), before the server starts
			.setDataDirectoryCustomizer((directory) -> {
				if (!kept) {
					writePassword(passwordFile, password);
				}
			});
		if (properties.port() > 0) {
			builder.setPort(properties.port());
		}
		EmbeddedPostgres postgres = builder.start();
		try {
			if (!PasswordAuthentication.isRequired(dataDir)) {
				PasswordAuthentication.require(postgres.getPostgresDatabase(), dataDir, password, postgres.getPort());
			}
			createDatabaseIfMissing(postgres, properties.database());
		}
		catch (IOException | RuntimeException ex) {
			postgres.close();
			throw ex;
		}
		return new EmbeddedPostgresServer(postgres, dataDir, properties.database(), password);
	}

	private static void writePassword(Path file, String password) {
		try {
			SecretFiles.write(file, password);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write " + file, ex);
		}
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

	/** The password of the {@code postgres} role, which every connection needs. */
	public String password() {
		return this.password;
	}

	/**
	 * A random secret of this server's data, such as a key that encrypts something kept
	 * in the database: 32 random bytes, base64, created on first use and kept in a file
	 * of the data directory readable by its owner only. It goes wherever the data goes,
	 * and is gone when the data directory is deleted.
	 * @param name the secret's name, a plain file name
	 * @return the secret, the same on every call and after restarts
	 * @throws IOException when the file cannot be read or written
	 */
	public String secret(String name) throws IOException {
		if (!name.matches("[a-z0-9-]+")) {
			throw new IllegalArgumentException("A secret's name is lower case letters, digits and dashes: " + name);
		}
		return SecretFiles.readOrCreate(this.dataDir.resolve("carve-secret-" + name));
	}

	/** The directory the server keeps its files in. */
	public Path dataDir() {
		return this.dataDir;
	}

	/** The port the server listens on. */
	public int port() {
		return this.postgres.getPort();
	}

	/** Stops the server; logs when it has stopped, so that a stop's order can be read. */
	@Override
	public void close() throws IOException {
		int port = port();
		this.postgres.close();
		logger.info("Embedded PostgreSQL on port " + port + " stopped");
	}

}
