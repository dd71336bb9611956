package dev.carve.runtime.route;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import dev.carve.runtime.RuntimeTestApplication;
import dev.carve.runtime.events.EventOutbox;
import dev.carve.runtime.events.OutboxRelay;
import dev.carve.runtime.gateway.ModuleDormantException;
import dev.carve.runtime.module.ModuleRoute;
import dev.carve.runtime.sample.SampleService;
import dev.carve.runtime.samplecontract.SampleHappened;
import dev.carve.testkit.WithPostgres;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * A module's route in a real process on a real PostgreSQL: the change waits for writes in
 * flight, a fenced write waits and goes on, or is refused after its maximum wait; a
 * dormant module's writes are refused; a second instance on the same database, and a
 * restart, follow the stored route; operators change it through
 * {@code /actuator/modules}.
 */
@SpringBootTest(classes = RuntimeTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "management.endpoints.web.exposure.include=modules,metrics",
				"carve.modules.sample.fence.max-wait=1s" })
@WithPostgres
class ModuleRoutesIntegrationTests {

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final JsonMapper json = JsonMapper.builder().build();

	private final String operator = RuntimeTestApplication.tokens.admin(UUID.randomUUID());

	@LocalServerPort
	int port;

	@Autowired
	ModuleRoutes routes;

	@Autowired
	SampleService service;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	MeterRegistry meters;

	@Autowired
	HikariDataSource dataSource;

	@Autowired
	EventOutbox outbox;

	@Autowired
	OutboxRelay relay;

	@AfterEach
	void serveAgain() {
		this.routes.change("sample", ModuleRoute.SERVING, "test");
	}

	@Test
	void operatorsSeeEveryModuleAndChangeItsRoute() throws Exception {
		HttpResponse<String> listed = send("GET", "/actuator/modules", null, this.operator);
		assertThat(listed.statusCode()).isEqualTo(200);
		JsonNode sample = json.readTree(listed.body()).get("modules").get(0);
		assertThat(sample.get("module").asString()).isEqualTo("sample");
		assertThat(sample.get("runs").asString()).isEqualTo("in-process");
		assertThat(sample.get("route").asString()).isEqualTo("serving");

		HttpResponse<String> changed = send("POST", "/actuator/modules/sample", "{\"route\": \"fenced\"}",
				this.operator);
		assertThat(changed.statusCode()).isEqualTo(200);
		JsonNode change = json.readTree(changed.body());
		assertThat(change.get("module").asString()).isEqualTo("sample");
		assertThat(change.get("route").asString()).isEqualTo("fenced");
		assertThat(change.get("from").asString()).isEqualTo("serving");
		assertThat(change.get("lsn").asString()).matches("[0-9A-F]+/[0-9A-F]+");
		assertThat(change.get("epoch").asLong()).isEqualTo(sample.get("epoch").asLong() + 1);
		assertThat(change.has("waitedMillis")).isTrue();
		assertThat(this.routes.routeOf("sample")).isEqualTo(ModuleRoute.FENCED);
	}

	@Test
	void operatorsSeeWhatEachModuleHoldsPublishesTakesAndProvides() throws Exception {
		this.routes.change("sample", ModuleRoute.FENCED, "test");
		new TransactionTemplate(this.transactionManager)
			.executeWithoutResult((status) -> this.outbox.publish(SampleHappened.of("k-map", 1)));
		HttpResponse<String> listed = send("GET", "/actuator/modules", null, this.operator);
		assertThat(listed.statusCode()).isEqualTo(200);
		JsonNode sample = json.readTree(listed.body()).get("modules").get(0);
		assertThat(sample.get("schema").asString()).isEqualTo("sample");
		assertThat(sample.get("publishes").toString()).isEqualTo("[{\"event\":\"SampleHappened\",\"topic\":null}]");
		assertThat(sample.get("consumes").toString()).isEqualTo("[{\"event\":\"SampleHappened\",\"from\":\"sample\"}]");
		assertThat(sample.get("gateways").toString()).isEqualTo("[\"SampleGateway\"]");
		assertThat(sample.get("calls").toString()).isEqualTo("[]");
		Long unsent = this.jdbc.queryForObject("SELECT count(*) FROM sample.outbox WHERE sent_at IS NULL", Long.class);
		assertThat(unsent).isPositive();
		assertThat(sample.get("outboxDepth").asLong()).isEqualTo(unsent);
	}

	@Test
	void onlyOperatorsChangeARouteAndOnlyToARoute() throws Exception {
		String customer = RuntimeTestApplication.tokens.customer(UUID.randomUUID());
		assertThat(send("POST", "/actuator/modules/sample", "{\"route\": \"dormant\"}", customer).statusCode())
			.isEqualTo(403);
		HttpResponse<String> wrong = send("POST", "/actuator/modules/sample", "{\"route\": \"asleep\"}", this.operator);
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(send("POST", "/actuator/modules/nothing", "{\"route\": \"fenced\"}", this.operator).statusCode())
			.isEqualTo(400);
		assertThat(this.routes.routeOf("sample")).isEqualTo(ModuleRoute.SERVING);
	}

	@Test
	void aRouteChangeWaitsForTheWritesInFlight() throws Exception {
		CountDownLatch writing = new CountDownLatch(1);
		CompletableFuture<Void> write = CompletableFuture
			.runAsync(() -> new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> {
				this.service.createThing("in-flight", SampleHappened.of("k-in-flight", 1), false);
				writing.countDown();
				sleep(600);
			}));
		assertThat(writing.await(5, TimeUnit.SECONDS)).isTrue();
		RouteChange change = this.routes.change("sample", ModuleRoute.FENCED, "test");
		// The write committed before the change took effect: its row is there at once
		// (its future completes a moment after its commit returns).
		assertThat(things("in-flight")).isOne();
		assertThat(change.waitedMillis()).isGreaterThanOrEqualTo(300);
		write.get(5, TimeUnit.SECONDS);
	}

	@Test
	void aFencedWriteWaitsAndGoesOnWhenTheFenceLifts() throws Exception {
		this.routes.change("sample", ModuleRoute.FENCED, "test");
		long waitsBefore = waits();
		CompletableFuture<Void> write = CompletableFuture
			.runAsync(() -> this.service.createThing("waited", SampleHappened.of("k-waited", 1), false));
		sleep(300);
		assertThat(write).isNotDone();
		assertThat(things("waited")).isZero();
		this.routes.change("sample", ModuleRoute.SERVING, "test");
		write.get(5, TimeUnit.SECONDS);
		assertThat(things("waited")).isOne();
		assertThat(waits()).isEqualTo(waitsBefore + 1);
	}

	@Test
	void aWriteFencedLongerThanItsMaximumWaitIsRefusedAndDoesNothing() {
		this.routes.change("sample", ModuleRoute.FENCED, "test");
		long started = System.nanoTime();
		assertThatExceptionOfType(ModuleFencedException.class)
			.isThrownBy(() -> this.service.createThing("refused", SampleHappened.of("k-refused", 1), false))
			.satisfies((ex) -> assertThat(ex.retryAfter()).isPositive());
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(900),
				Duration.ofSeconds(3));
		assertThat(things("refused")).isZero();
		assertThat(this.meters.counter("carve.modules.fence.refused", "module", "sample").count()).isPositive();
	}

	@Test
	void aWriteInItsCallersTransactionWaitsAtTheFenceWithoutHoldingBackTheNextChange() throws Exception {
		CompletableFuture<Void> write;
		try (Connection change = this.dataSource.getConnection()) {
			// A change to fenced under way: the route row is locked, the change not yet
			// committed, when a write inside its caller's transaction asks for the lock.
			change.setAutoCommit(false);
			try (Statement update = change.createStatement()) {
				update.execute("UPDATE carve_runtime.module_routes SET route = 'fenced', epoch = epoch + 1"
						+ " WHERE module = 'sample'");
			}
			write = CompletableFuture
				.runAsync(() -> new TransactionTemplate(this.transactionManager).executeWithoutResult(
						(status) -> this.service.createThing("joined", SampleHappened.of("k-joined", 1), false)));
			sleep(300);
			change.commit();
		}
		sleep(100);
		RouteChange dormant = this.routes.change("sample", ModuleRoute.DORMANT, "test");
		assertThat(dormant.waitedMillis()).as("the change to dormant waited for the fenced write").isLessThan(500);
		assertThat(write).failsWithin(Duration.ofSeconds(5))
			.withThrowableOfType(ExecutionException.class)
			.withCauseInstanceOf(ModuleDormantException.class);
		assertThat(things("joined")).isZero();
	}

	@Test
	void aFencedModulesOutboxIsLeftAsItIsUntilTheModuleServesAgain() {
		this.routes.change("sample", ModuleRoute.FENCED, "test");
		// An event written just before the fence took effect, not yet relayed.
		new TransactionTemplate(this.transactionManager)
			.executeWithoutResult((status) -> this.outbox.publish(SampleHappened.of("k-fenced-outbox", 1)));
		assertThat(this.relay.relayOnce()).isZero();
		assertThat(sentAt("k-fenced-outbox")).isNull();
		this.routes.change("sample", ModuleRoute.SERVING, "test");
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(sentAt("k-fenced-outbox")).isNotNull());
	}

	private @Nullable Timestamp sentAt(String key) {
		return this.jdbc.queryForObject("SELECT sent_at FROM sample.outbox WHERE aggregate_key = ?", Timestamp.class,
				key);
	}

	@Test
	void aDormantModuleRefusesItsWrites() {
		this.routes.change("sample", ModuleRoute.DORMANT, "test");
		assertThatExceptionOfType(ModuleDormantException.class)
			.isThrownBy(() -> this.service.createThing("dormant", SampleHappened.of("k-dormant", 1), false));
		assertThat(things("dormant")).isZero();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM sample.outbox o WHERE o.aggregate_key = 'k-dormant'",
				Integer.class))
			.isZero();
	}

	@Test
	void anotherInstanceAndARestartFollowTheStoredRoute() {
		this.routes.change("sample", ModuleRoute.DORMANT, "test");
		try (ConfigurableApplicationContext second = secondInstance()) {
			assertThat(second.getBean(ModuleRoutes.class).routeOf("sample")).isEqualTo(ModuleRoute.DORMANT);
			assertThatExceptionOfType(ModuleDormantException.class).isThrownBy(() -> second.getBean(SampleService.class)
				.createThing("second", SampleHappened.of("k-second", 1), false));
			second.getBean(ModuleRoutes.class).change("sample", ModuleRoute.SERVING, "second instance");
			this.service.createThing("first", SampleHappened.of("k-first", 1), false);
			assertThat(things("first")).isOne();
			second.getBean(ModuleRoutes.class).change("sample", ModuleRoute.FENCED, "second instance");
			assertThatExceptionOfType(ModuleFencedException.class)
				.isThrownBy(() -> this.service.createThing("fenced", SampleHappened.of("k-fenced", 1), false));
		}
	}

	private ConfigurableApplicationContext secondInstance() {
		return new SpringApplicationBuilder(RuntimeTestApplication.class).web(WebApplicationType.NONE)
			.properties("spring.datasource.url=" + this.dataSource.getJdbcUrl(),
					"spring.datasource.username=" + this.dataSource.getUsername(),
					"spring.datasource.password=" + this.dataSource.getPassword(), "carve.modules.sample.route=serving",
					"carve.modules.sample.fence.max-wait=300ms", "carve.events.relay.enabled=false",
					"spring.grpc.server.port=0")
			.run();
	}

	private int things(String name) {
		Integer count = this.jdbc.queryForObject("SELECT count(*) FROM sample.things WHERE name = ?", Integer.class,
				name);
		return (count != null) ? count : 0;
	}

	private long waits() {
		var timer = this.meters.find("carve.modules.fence.wait").tag("module", "sample").timer();
		return (timer != null) ? timer.count() : 0;
	}

	private HttpResponse<String> send(String method, String path, String body, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
