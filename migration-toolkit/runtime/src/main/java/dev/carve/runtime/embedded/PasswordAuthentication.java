package dev.carve.runtime.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

import javax.sql.DataSource;

/**
 * Makes every connection to the embedded server need the {@code postgres} role's password
 * ({@code scram-sha-256} in {@code pg_hba.conf}). A data directory that still trusts
 * local connections (as {@code initdb -A trust} leaves it, and as earlier versions kept
 * it) is upgraded once: the password is set while the server still trusts, then
 * {@code pg_hba.conf} is rewritten and reloaded before anyone is handed a connection.
 */
final class PasswordAuthentication {

	static final String HBA = """
			# Written by Carve: every connection needs the password in %s (see EmbeddedPostgresServer).
			local   all             all                                     scram-sha-256
			host    all             all             127.0.0.1/32            scram-sha-256
			host    all             all             ::1/128                 scram-sha-256
			local   replication     all                                     scram-sha-256
			host    replication     all             127.0.0.1/32            scram-sha-256
			host    replication     all             ::1/128                 scram-sha-256
			""".formatted(EmbeddedPostgresServer.PASSWORD_FILE);

	private static final Duration RELOAD_WAIT = Duration.ofSeconds(10);

	private PasswordAuthentication() {
	}

	/** Whether the data directory already requires the password. */
	static boolean isRequired(Path dataDir) throws IOException {
		return HBA.equals(Files.readString(dataDir.resolve("pg_hba.conf"), StandardCharsets.UTF_8));
	}

	/**
	 * Sets the password and requires it from now on.
	 * @param admin connections as {@code postgres} that the server still trusts
	 */
	static void require(DataSource admin, Path dataDir, String password, int port) throws IOException {
		try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
			// The password is base64: no quote can end the literal.
			statement.execute("ALTER ROLE postgres PASSWORD '" + password + "'");
			Files.writeString(dataDir.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
			statement.execute("SELECT pg_reload_conf()");
		}
		catch (SQLException ex) {
			throw new IOException("Could not set the embedded database's password", ex);
		}
		awaitPasswordRequired(port);
	}

	private static void awaitPasswordRequired(int port) throws IOException {
		long deadline = System.nanoTime() + RELOAD_WAIT.toNanos();
		Properties noPassword = new Properties();
		noPassword.setProperty("user", "postgres");
		while (System.nanoTime() < deadline) {
			try (Connection ignored = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres",
					noPassword)) {
				Thread.sleep(20);
			}
			catch (SQLException ex) {
				return;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException("Interrupted while the embedded database reloaded pg_hba.conf", ex);
			}
		}
		throw new IOException("The embedded database still accepts connections without a password after "
				+ RELOAD_WAIT.toSeconds() + " s");
	}

}
