package dev.carve.runtime.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EmbeddedPostgresServerIntegrationTests {

	@TempDir
	Path directory;

	@Test
	void everyConnectionNeedsTheGeneratedPasswordWhichARestartKeeps() throws Exception {
		EmbeddedPostgresProperties properties = properties();
		String password;
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(properties)) {
			password = server.password();
			assertThatExceptionOfType(SQLException.class).isThrownBy(() -> connect(server, null).close());
			assertThatExceptionOfType(SQLException.class).isThrownBy(() -> connect(server, "not-it").close());
			try (Connection connection = connect(server, password)) {
				assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
				assertThat(setting(connection, "fsync")).isEqualTo("on");
				assertThat(setting(connection, "wal_level")).as("a module can be moved out").isEqualTo("logical");
				assertThat(setting(connection, "max_replication_slots")).isEqualTo("10");
				assertThat(setting(connection, "max_wal_senders")).isEqualTo("10");
			}
		}
		Path passwordFile = properties.dataDir().resolve(EmbeddedPostgresServer.PASSWORD_FILE);
		assertThat(Files.readString(passwordFile)).isEqualTo(password);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
		try (EmbeddedPostgresServer restarted = EmbeddedPostgresServer.start(properties)) {
			assertThat(restarted.password()).isEqualTo(password);
			assertThatExceptionOfType(SQLException.class).isThrownBy(() -> connect(restarted, null).close());
			connect(restarted, password).close();
		}
	}

	@Test
	void aDataDirectoryThatTrustedEveryoneIsUpgradedAndKeepsItsData() throws Exception {
		EmbeddedPostgresProperties properties = properties();
		try (EmbeddedPostgres trusting = EmbeddedPostgres.builder()
			.setDataDirectory(properties.dataDir())
			.setCleanDataDirectory(false)
			.start(); Connection connection = trusting.getPostgresDatabase().getConnection()) {
			connection.createStatement().execute("CREATE TABLE kept (id int); INSERT INTO kept VALUES (7)");
		}

		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(properties)) {
			assertThatExceptionOfType(SQLException.class).isThrownBy(() -> connect(server, null).close());
			try (Connection connection = DriverManager.getConnection(
					"jdbc:postgresql://localhost:" + server.port() + "/postgres", "postgres", server.password());
					ResultSet kept = connection.createStatement().executeQuery("SELECT id FROM kept")) {
				assertThat(kept.next()).isTrue();
				assertThat(kept.getInt(1)).isEqualTo(7);
			}
		}
	}

	@Test
	void aSecretIsKeptInTheDataDirectoryForItsOwnerOnly() throws Exception {
		EmbeddedPostgresProperties properties = properties();
		String secret;
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(properties)) {
			secret = server.secret("some-key");
			assertThat(server.secret("some-key")).isEqualTo(secret).isNotEqualTo(server.secret("other-key"));
		}
		try (EmbeddedPostgresServer restarted = EmbeddedPostgresServer.start(properties)) {
			assertThat(restarted.secret("some-key")).isEqualTo(secret);
		}
		Path file = properties.dataDir().resolve("carve-secret-some-key");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
	}

	private EmbeddedPostgresProperties properties() {
		return new EmbeddedPostgresProperties(true, this.directory.resolve("data"), 0, "carve", null);
	}

	private static Connection connect(EmbeddedPostgresServer server, @Nullable String password) throws SQLException {
		Properties properties = new Properties();
		if (password != null) {
			properties.setProperty("password", password);
		}
		return DriverManager.getConnection(server.jdbcUrl(), properties);
	}

	private static String setting(Connection connection, String name) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SHOW " + name)) {
			result.next();
			return result.getString(1);
		}
	}

}
