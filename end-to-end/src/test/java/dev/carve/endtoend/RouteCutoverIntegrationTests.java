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

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Inventory switched out of the monolith and back while orders keep coming, as an
 * operator does it with {@code /actuator/modules}: two monolith instances on one database
 * run inventory in-process with inventory-service (started dormant, from its jar) as the
 * other side; 20 clients place orders through both instances throughout. Out: monolith
 * {@code fenced}, service {@code serving}, monolith {@code dormant}; back: the mirror
 * image, the monolith's part made through the other instance.
 */
class RouteCutoverIntegrationTests {

	private static final int CLIENTS = 20;

	private static ServiceProcess inventory;

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	private static String firstUrl;

	private static String secondUrl;

	@BeforeAll
	static void start() {
		int firstPort = ServiceProcess.freePort();
		firstUrl = "http://127.0.0.1:" + firstPort;
		Map<String, String> environment = ServiceProcess.environment(firstUrl);
		environment.put("CARVE_MODULES_INVENTORY_ROUTE", "dormant");
		inventory = new ServiceProcess("inventory", environment);
		Thread service = Thread.ofPlatform().start(inventory::start);
		Map<String, Object> properties = new HashMap<>();
		properties.put("carve.modules.inventory.url", inventory.grpcTarget());
		properties.put("carve.modules.inventory.transport", "grpc");
		properties.put("carve.modules.inventory.api-url", inventory.httpUrl());
		properties.put("carve.events.kafka.enabled", true);
		properties.put("spring.kafka.bootstrap-servers", TestKafka.shared().bootstrapServers());
		properties.put("management.endpoints.web.exposure.include", "health,modules,metrics");
		// Two monoliths, a service, a broker and twenty clients share the test machine's
		// cores: the calls that follow a switch get the time a loaded machine needs.
		properties.put("carve.modules.inventory.client.deadline", "5s");
		first = Monoliths.start(firstPort, properties);
		int secondPort = ServiceProcess.freePort();
		secondUrl = "http://127.0.0.1:" + secondPort;
		properties.put("spring.datasource.url", first.getEnvironment().getProperty("spring.datasource.url"));
		second = Monoliths.start(secondPort, properties);
		try {
			service.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@AfterAll
	static void stop() {
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
	void inventoryMovesOutAndBackUnderLoadWithoutAFailedOrder() throws Exception {
		String admin = ShopUser.admin(firstUrl);
		String sku = "CUT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		ShopUser.send(firstUrl, "POST", "/api/v1/catalog/products",
				Map.of("sku", sku, "name", "Mug " + sku, "price", Map.of("amount", "3.00", "currency", "EUR")), admin)
			.expect(201);
		ShopUser.send(firstUrl, "PUT", "/api/v1/inventory/stock/" + sku, Map.of("onHand", 1_000_000), admin)
			.expect(200);
		// Dormant, the service serves nothing; activated for a moment, its stock is set
		// through its own API.
		ShopUser.send(inventory.httpUrl(), "PUT", "/api/v1/inventory/stock/" + sku, Map.of("onHand", 1_000_000), admin)
			.problem(503, "module-unavailable");
		route(inventory.httpUrl(), "serving", admin);
		ShopUser.send(inventory.httpUrl(), "PUT", "/api/v1/inventory/stock/" + sku, Map.of("onHand", 1_000_000), admin)
			.expect(200);
		route(inventory.httpUrl(), "dormant", admin);
		List<String> customers = new ArrayList<>();
		for (int i = 0; i < CLIENTS; i++) {
			customers.add(ShopUser.newCustomer(firstUrl));
		}

		Load out = Load.start(customers, sku);
		Thread.sleep(4000);
		JsonNode fenced = route(firstUrl, "fenced", admin);
		String monolithTablesAtFence = inventoryTables(monolithJdbc());
		route(inventory.httpUrl(), "serving", admin);
		route(firstUrl, "dormant", admin);
		Thread.sleep(5000);
		out.stop();

		int servedThere = reservations(serviceJdbc());
		assertThat(servedThere).as("orders reserved in inventory-service after the switch").isPositive();
		JsonNode serviceStock = ShopUser.send(inventory.httpUrl(), "GET", "/api/v1/inventory/stock/" + sku, null, admin)
			.expect(200)
			.json();
		assertThat(serviceStock.get("available").asInt()).isEqualTo(1_000_000 - servedThere);
		// Confirmations still arriving over Kafka commit reservations in the service;
		// once they have, the dormant monoliths answer exactly what the service holds.
		for (String monolith : List.of(firstUrl, secondUrl)) {
			await().atMost(Duration.ofSeconds(20))
				.pollInterval(Duration.ofMillis(200))
				.untilAsserted(
						() -> assertThat(ShopUser.send(monolith, "GET", "/api/v1/inventory/stock/" + sku, null, admin)
							.expect(200)
							.json())
							.as("stock read through the dormant monolith at " + monolith)
							.isEqualTo(ShopUser
								.send(inventory.httpUrl(), "GET", "/api/v1/inventory/stock/" + sku, null, admin)
								.expect(200)
								.json()));
		}

		Load back = Load.start(customers, sku);
		Thread.sleep(3000);
		route(inventory.httpUrl(), "fenced", admin);
		assertThat(inventoryTables(monolithJdbc())).as("the monolith's inventory tables after the fence took effect")
			.isEqualTo(monolithTablesAtFence);
		int reservedInMonolith = reservations(monolithJdbc());
		route(secondUrl, "serving", admin);
		route(inventory.httpUrl(), "dormant", admin);
		String serviceTablesAtDormant = inventoryTables(serviceJdbc());
		Thread.sleep(3000);
		back.stop();

		assertThat(out.failures()).as("failed orders while moving out").isEmpty();
		assertThat(back.failures()).as("failed orders while moving back").isEmpty();
		assertThat(inventoryTables(serviceJdbc())).as("the service's inventory tables once it is dormant again")
			.isEqualTo(serviceTablesAtDormant);
		assertThat(reservations(monolithJdbc())).as("orders reserved in the monolith again")
			.isGreaterThan(reservedInMonolith);
		assertThat(monolithJdbc().queryForObject("select count(*) from orders.orders where status = 'PENDING'",
				Integer.class))
			.isZero();
		report(out, back, fenced);
	}

	private static void report(Load out, Load back, JsonNode fenced) {
		List<Long> waits = new ArrayList<>();
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
		waits.addAll(out.latenciesMillis());
		waits.addAll(back.latenciesMillis());
		Collections.sort(waits);
		System.out.printf(
				"orders placed: %d out, %d back, 0 failed; order latency p50 %d ms, p99 %d ms, max %d ms; fence at LSN %s%n",
				out.placed(), back.placed(), waits.get(waits.size() / 2), waits.get(waits.size() * 99 / 100),
				waits.getLast(), fenced.get("lsn").asString());
	}

	private static String percentiles(Timer timer) {
		StringBuilder text = new StringBuilder();
		for (ValueAtPercentile value : timer.takeSnapshot().percentileValues()) {
			text.append(String.format("p%.0f %.1f ms ", value.percentile() * 100, value.value(TimeUnit.MILLISECONDS)));
		}
		return text.toString().trim();
	}

	private static JsonNode route(String base, String route, String admin) {
		JsonNode change = ShopUser.send(base, "POST", "/actuator/modules/inventory", Map.of("route", route), admin)
			.expect(200)
			.json();
		assertThat(change.get("route").asString()).isEqualTo(route);
		return change;
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
				long started = System.nanoTime();
				ShopUser.Answer answer = ShopUser.order(base, token, sku, 1);
				this.latencies.add(Duration.ofNanos(System.nanoTime() - started).toMillis());
				if (answer.status() != 201 || !answer.raw().body().contains("CONFIRMED")) {
					this.failures.add(base + " " + answer.status() + " " + answer.raw().body());
				}
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
