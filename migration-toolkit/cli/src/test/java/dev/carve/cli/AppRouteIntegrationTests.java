package dev.carve.cli;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

import dev.carve.runtime.RuntimeTestApplication;
import dev.carve.testkit.PostgresServer;
import dev.carve.testkit.TestInfrastructure;
import dev.carve.testkit.WithPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * How {@code carve cutover} changes an app's route: in the app's database, once the app
 * has shown that it reads that database. Against a running process of the Carve runtime
 * (its test application with the sample module, on a real PostgreSQL).
 */
@SpringBootTest(classes = RuntimeTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "management.endpoints.web.exposure.include=modules", "spring.grpc.server.port=0" })
@WithPostgres
class AppRouteIntegrationTests {

	private static final Duration LOCK_TIMEOUT = Duration.ofSeconds(4);

	private final String operator = RuntimeTestApplication.tokens.admin(UUID.randomUUID());

	@LocalServerPort
	int port;

	@Value("${spring.datasource.url}")
	String databaseUrl;

	@Value("${spring.datasource.username}")
	String databaseUser;

	@Value("${spring.datasource.password}")
	String databasePassword;

	@Test
	void aChangeInTheAppsDatabaseIsTheAppsRoute() throws Exception {
		ModulesApi app = app();
		try (AppRoute route = new AppRoute(app,
				new Database("source", this.databaseUrl, this.databaseUser, this.databasePassword), "sample",
				"carve cutover (test)")) {
			route.requireSameDatabase("--source", LOCK_TIMEOUT);
			try {
				var fenced = route.change("fenced", LOCK_TIMEOUT);
				assertThat(fenced.change().from()).isEqualTo("serving");
				assertThat(fenced.lsn()).matches("[0-9A-F]+/[0-9A-F]+");
				assertThat(app.module("sample")).satisfies((sample) -> {
					assertThat(sample.route()).isEqualTo("fenced");
					assertThat(sample.changedBy()).isEqualTo("carve cutover (test)");
				});
			}
			finally {
				route.change("serving", LOCK_TIMEOUT);
			}
			assertThat(app.module("sample").route()).isEqualTo("serving");
		}
	}

	@Test
	void aDatabaseTheAppDoesNotReadIsRefusedBeforeAnyRouteChanges() throws Exception {
		PostgresServer postgres = TestInfrastructure.postgres();
		String elsewhere = TestInfrastructure.newDatabase();
		Database other = new Database("source", elsewhere, postgres.username(), postgres.password());
		try (Connection connection = other.connect(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE SCHEMA carve_runtime");
			statement.execute("CREATE TABLE carve_runtime.module_routes (module varchar(63) PRIMARY KEY,"
					+ " route varchar(16) NOT NULL, epoch bigint NOT NULL, since timestamptz NOT NULL DEFAULT now(),"
					+ " changed_by varchar(200) NOT NULL)");
			statement.execute("INSERT INTO carve_runtime.module_routes VALUES ('sample', 'serving', 0, now(), 'x')");
		}
		try (AppRoute route = new AppRoute(app(), other, "sample", "carve cutover (test)")) {
			assertThatExceptionOfType(CarveException.class)
				.isThrownBy(() -> route.requireSameDatabase("--source", LOCK_TIMEOUT))
				.satisfies((refused) -> assertThat(refused.exitCode()).isEqualTo(Carve.REFUSED))
				.withMessageContaining("the source app does not keep its routes in the source database at " + elsewhere)
				.withMessageContaining("give --source the database the source app uses");
		}
		assertThat(app().module("sample").route()).isEqualTo("serving");
	}

	private ModulesApi app() {
		return new ModulesApi("source app", "http://127.0.0.1:" + this.port, this.operator);
	}

}
