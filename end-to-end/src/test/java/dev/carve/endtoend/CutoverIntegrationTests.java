package dev.carve.endtoend;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.carve.testkit.PostgresServer;
import dev.carve.testkit.TestInfrastructure;
import dev.carve.testkit.TestKafka;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Inventory moved out of a running shop the way an operator does it: two monolith
 * instances on one database run inventory in-process with inventory-service (started
 * dormant on the database the move fills) as the other side; {@code carve move} copies
 * inventory's schema and streams its changes through Kafka, and {@code carve cutover}
 * switches it over while 20 customers keep ordering (each every quarter second or so)
 * through both instances. Every order succeeds, the stock the service holds accounts for
 * every order on both sides of the switch, and the monolith's inventory tables stay as
 * they were at the fence.
 */
class CutoverIntegrationTests {

	private static final int CLIENTS = 20;

	private static final Duration THINK_TIME = Duration.ofMillis(250);

	private static final JsonMapper json = JsonMapper.builder().build();

	private static ServiceProcess inventory;

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	private static String firstUrl;

	private static String secondUrl;

	private static CarveCli carve;

	private static Process move;

	@BeforeAll
	static void start() {
		int firstPort = ServiceProcess.freePort();
		firstUrl = "http://127.0.0.1:" + firstPort;
		Map<String, String> environment = ServiceProcess.environment(firstUrl);
		environment.put("CARVE_MODULES_INVENTORY_ROUTE", "dormant");
		inventory = new ServiceProcess("inventory", environment);
		Map<String, Object> properties = new HashMap<>();
		properties.put("carve.modules.inventory.url", inventory.grpcTarget());
		properties.put("carve.modules.inventory.transport", "grpc");
		properties.put("carve.modules.inventory.api-url", inventory.httpUrl());
		properties.put("carve.events.kafka.enabled", true);
		properties.put("spring.kafka.bootstrap-servers", TestKafka.shared().bootstrapServers());
		properties.put("management.endpoints.web.exposure.include", "health,modules,metrics");
		// Two monoliths, a service, a move, a broker and twenty clients share the test
		// machine's cores: the calls that follow a switch get the time a loaded machine
		// needs.
		properties.put("carve.modules.inventory.client.deadline", "5s");
		first = Monoliths.start(firstPort, properties);
		int secondPort = ServiceProcess.freePort();
		secondUrl = "http://127.0.0.1:" + secondPort;
		properties.put("spring.datasource.url", first.getEnvironment().getProperty("spring.datasource.url"));
		second = Monoliths.start(secondPort, properties);
		PostgresServer postgres = TestInfrastructure.postgres();
		carve = new CarveCli(Map.of("CARVE_SOURCE_URL", first.getEnvironment().getProperty("spring.datasource.url"),
				"CARVE_SOURCE_USER", postgres.username(), "CARVE_SOURCE_PASSWORD", postgres.password(),
				"CARVE_TARGET_URL", inventory.databaseUrl(), "CARVE_TARGET_USER", postgres.username(),
				"CARVE_TARGET_PASSWORD", postgres.password(), "CARVE_KAFKA", TestKafka.shared().bootstrapServers()));
	}

	@AfterAll
	static void stop() {
		if (move != null) {
			move.destroyForcibly();
		}
		for (ConfigurableApplicationContext monolith : new ConfigurableApplicationContext[] { second, first }) {
			if (monolith != null) {
				monolith.close();
			}
		}
		if (inventory != null) {
			inventory.stop();
		}
	}

	@Test
	void inventoryMovesOutUnderLoadWithoutAFailedOrder() throws Exception {
		String admin = ShopUser.admin(firstUrl);
		String sku = "CUT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		ShopUser.send(firstUrl, "POST", "/api/v1/catalog/products",
				Map.of("sku", sku, "name", "Mug " + sku, "price", Map.of("amount", "3.00", "currency", "EUR")), admin)
			.expect(201);
		ShopUser.send(firstUrl, "PUT", "/api/v1/inventory/stock/" + sku, Map.of("onHand", 1_000_000), admin)
			.expect(200);
		List<String> customers = new ArrayList<>();
		for (int i = 0; i < CLIENTS; i++) {
			customers.add(ShopUser.newCustomer(firstUrl));
		}
		// The move copies inventory's schema while a few clients order, then streams; the
		// service starts dormant on the database the move fills.
		Load duringCopy = Load.start(customers.subList(0, 4), sku);
		move = carve.start("carve-move-inventory", "move", "inventory");
		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() -> {
			assertThat(move.isAlive()).as("carve move runs; see carve-move-inventory.log").isTrue();
			return "STREAMING".equals(movePhase());
		});
		duringCopy.stop();
		inventory.start();
		ShopUser.send(inventory.httpUrl(), "GET", "/api/v1/inventory/stock/" + sku, null, admin)
			.problem(503, "module-unavailable");
		CarveCli.Result backwards = carve.run(Duration.ofSeconds(60), "cutover", "inventory", "--source-app",
				inventory.httpUrl(), "--target-app", firstUrl, "--token", admin);
		assertThat(backwards.exitCode()).as(backwards.output()).isEqualTo(3);
		assertThat(backwards.output()).contains("the source app's route for inventory is dormant, not serving");
		Load load = Load.start(customers, sku);
		Thread.sleep(3000);

		CarveCli.Result cutover = carve.run(Duration.ofSeconds(120), "cutover", "inventory", "--source-app", firstUrl,
				"--target-app", inventory.httpUrl(), "--token", admin, "--json");
		System.out.print("carve cutover printed:\n" + cutover.output());
		assertThat(cutover.exitCode()).as(cutover.output()).isZero();
		JsonNode report = cutover.output()
			.lines()
			.filter((line) -> line.startsWith("{"))
			.map(json::readTree)
			.filter((line) -> "cutover".equals(line.path("event").asString()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no cutover report in " + cutover.output()));
		String monolithTablesAtFence = inventoryTables(monolithJdbc());
		int reservedAtSwitch = reservations(serviceJdbc());
		Thread.sleep(4000);
		load.stop();

		assertThat(duringCopy.failures()).as("failed orders during the copy").isEmpty();
		assertThat(load.failures()).as("failed orders during the cutover").isEmpty();
		assertThat(reservations(serviceJdbc())).as("orders reserved in inventory-service after the switch")
			.isGreaterThan(reservedAtSwitch);
		assertThat(inventoryTables(monolithJdbc())).as("the monolith's inventory tables after the cutover")
			.isEqualTo(monolithTablesAtFence);
		// Every order, placed before or after the switch, took one unit of the stock that
		// now lives in the service.
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
			JsonNode stock = ShopUser.send(inventory.httpUrl(), "GET", "/api/v1/inventory/stock/" + sku, null, admin)
				.expect(200)
				.json();
			assertThat(stock.get("available").asInt()).isEqualTo(1_000_000 - duringCopy.placed() - load.placed());
			for (String monolith : List.of(firstUrl, secondUrl)) {
				assertThat(ShopUser.send(monolith, "GET", "/api/v1/inventory/stock/" + sku, null, admin)
					.expect(200)
					.json()).as("stock read through the dormant monolith at " + monolith).isEqualTo(stock);
			}
		});
		assertThat(monolithJdbc().queryForObject("select count(*) from orders.orders where status = 'PENDING'",
				Integer.class))
			.isZero();

		CarveCli.Result again = carve.run(Duration.ofSeconds(60), "cutover", "inventory", "--source-app", firstUrl,
				"--target-app", inventory.httpUrl(), "--token", admin);
		assertThat(again.exitCode()).as(again.output()).isZero();
		assertThat(again.output()).contains("already cut over");
		move.destroy();
		assertThat(move.waitFor(30, TimeUnit.SECONDS)).isTrue();
		CarveCli.Result cleanUp = carve.run(Duration.ofSeconds(60), "move", "inventory", "--abort");
		assertThat(cleanUp.exitCode()).as(cleanUp.output()).isZero();
		assertThat(monolithJdbc().queryForObject("select count(*) from pg_replication_slots", Integer.class)).isZero();
		report(load, report);
	}

	private static String movePhase() {
		try {
			return serviceJdbc().queryForObject("select phase from carve_move.moves where module = 'inventory'",
					String.class);
		}
		catch (DataAccessException ex) {
			return null;
		}
	}

	private static void report(Load load, JsonNode cutover) {
		List<Long> latencies = new ArrayList<>(load.latenciesMillis());
		Collections.sort(latencies);
		System.out.printf("cutover: writes fenced %d ms (target caught up in %d ms), fence at LSN %s%n",
				cutover.get("fencedMillis").asLong(), cutover.get("appliedMillis").asLong(),
				cutover.get("fenceLsn").asString());
		System.out.println("cutover steps (ms): " + cutover.get("stepsMillis"));
		for (ConfigurableApplicationContext monolith : List.of(first, second)) {
			Timer timer = monolith.getBean(MeterRegistry.class)
				.find("carve.modules.fence.wait")
				.tag("module", "inventory")
				.timer();
			if (timer != null) {
				System.out.printf("fence waits in one monolith instance: %d, max %.1f ms, percentiles %s%n",
						timer.count(), timer.max(TimeUnit.MILLISECONDS), percentiles(timer));
			}
		}
		System.out.printf("orders placed: %d, 0 failed; order latency p50 %d ms, p99 %d ms, max %d ms%n", load.placed(),
				latencies.get(latencies.size() / 2), latencies.get(latencies.size() * 99 / 100), latencies.getLast());
	}

	private static String percentiles(Timer timer) {
		StringBuilder text = new StringBuilder();
		for (ValueAtPercentile value : timer.takeSnapshot().percentileValues()) {
			text.append(String.format("p%.0f %.1f ms ", value.percentile() * 100, value.value(TimeUnit.MILLISECONDS)));
		}
		return text.toString().trim();
	}

	/** A digest of every row of the inventory tables. */
	private static String inventoryTables(JdbcTemplate jdbc) {
		StringBuilder digest = new StringBuilder();
		for (String table : List.of("stock", "reservations", "reservation_lines", "outbox", "inbox")) {
			digest.append(table)
				.append('=')
				.append(jdbc.queryForObject("select count(*) || ':' || coalesce(md5(string_agg(t::text, ',' order by"
						+ " t::text)), '') from inventory." + table + " t", String.class))
				.append(' ');
		}
		return digest.toString();
	}

	private static int reservations(JdbcTemplate jdbc) {
		return jdbc.queryForObject("select count(*) from inventory.reservations", Integer.class);
	}

	private static JdbcTemplate monolithJdbc() {
		return first.getBean(JdbcTemplate.class);
	}

	private static JdbcTemplate serviceJdbc() {
		PostgresServer postgres = TestInfrastructure.postgres();
		return new JdbcTemplate(
				new DriverManagerDataSource(inventory.databaseUrl(), postgres.username(), postgres.password()));
	}

	/** Clients placing orders, one each at a time, alternately through both instances. */
	private static final class Load {

		private final AtomicBoolean running = new AtomicBoolean(true);

		private final ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);

		private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

		private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());

		static Load start(List<String> customers, String sku) {
			Load load = new Load();
			for (int i = 0; i < customers.size(); i++) {
				String token = customers.get(i);
				String base = (i % 2 == 0) ? firstUrl : secondUrl;
				load.clients.submit(() -> load.placeOrders(base, token, sku));
			}
			return load;
		}

		private void placeOrders(String base, String token, String sku) {
			while (this.running.get()) {
				pause();
				long started = System.nanoTime();
				ShopUser.Answer answer = ShopUser.order(base, token, sku, 1);
				this.latencies.add(Duration.ofNanos(System.nanoTime() - started).toMillis());
				if (answer.status() != 201 || !answer.raw().body().contains("CONFIRMED")) {
					this.failures.add(base + " " + answer.status() + " " + answer.raw().body());
				}
			}
		}

		/**
		 * A customer's pause between two orders: a steady stream of orders that leaves
		 * the machine's two cores some room, so that what the test measures is the
		 * switch, not a saturated machine.
		 */
		private static void pause() {
			try {
				Thread.sleep(THINK_TIME);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

		void stop() throws InterruptedException {
			this.running.set(false);
			this.clients.shutdown();
			assertThat(this.clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
		}

		List<String> failures() {
			return this.failures;
		}

		List<Long> latenciesMillis() {
			return this.latencies;
		}

		int placed() {
			return this.latencies.size();
		}

	}

}
