package dev.carve.endtoend;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.carve.testkit.FreePorts;
import dev.carve.testkit.PostgresServer;
import dev.carve.testkit.TestInfrastructure;
import dev.carve.testkit.TestKafka;
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
 * Inventory moved out of a running shop and back the way an operator does it: two
 * monolith instances on one database run inventory in-process with inventory-service
 * (started dormant on the database the move fills) as the other side; {@code carve move}
 * copies inventory's schema and streams its changes through Kafka, and
 * {@code carve cutover} switches it over while 20 customers keep ordering (each every
 * second or so) through both instances. Then the same two commands bring it back:
 * {@code carve move --replace-target} from the service's database into the monolith's
 * tables, left as they were at the fence, and a cutover from the service to the monolith.
 * Every order succeeds, the stock accounts for every order on every side of both
 * switches, and the side that let go keeps its tables as they were at its fence.
 */
class CutoverIntegrationTests {

	private static final int CLIENTS = 20;

	private static final String SERVICE_SECRET = UUID.randomUUID() + "-" + UUID.randomUUID();

	private static ServiceProcess inventory;

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	private static String firstUrl;

	private static String secondUrl;

	private static CarveCli carve;

	private static CarveCli carveBack;

	private static CarveCli.Background move;

	@BeforeAll
	static void start() {
		int firstPort = FreePorts.next();
		firstUrl = "http://127.0.0.1:" + firstPort;
		Map<String, String> environment = ServiceProcess.environment(firstUrl);
		environment.put("CARVE_MODULES_INVENTORY_ROUTE", "dormant");
		// The way back: the service's other side is the first monolith, which it calls
		// with a service credential from the monolith's identity module.
		int firstGrpcPort = FreePorts.next();
		environment.put("CARVE_MODULES_INVENTORY_URL", "127.0.0.1:" + firstGrpcPort);
		environment.put("CARVE_MODULES_INVENTORY_TRANSPORT", "grpc");
		environment.put("CARVE_SERVICECREDENTIALS_TOKENURI", firstUrl + "/api/v1/identity/service-tokens");
		environment.put("CARVE_SERVICECREDENTIALS_CLIENTID", "inventory-service");
		environment.put("CARVE_SERVICECREDENTIALS_CLIENTSECRET", SERVICE_SECRET);
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
		properties.put("shop.identity.service-tokens.clients.inventory-service.secret", SERVICE_SECRET);
		properties.put("shop.identity.service-tokens.clients.inventory-service.may-call", "inventory");
		properties.put("spring.grpc.server.port", firstGrpcPort);
		first = Monoliths.start(firstPort, properties);
		properties.put("spring.grpc.server.port", 0);
		int secondPort = FreePorts.next();
		secondUrl = "http://127.0.0.1:" + secondPort;
		properties.put("spring.datasource.url", first.getEnvironment().getProperty("spring.datasource.url"));
		second = Monoliths.start(secondPort, properties);
		PostgresServer postgres = TestInfrastructure.postgres();
		carve = new CarveCli(Map.of("CARVE_SOURCE_URL", first.getEnvironment().getProperty("spring.datasource.url"),
				"CARVE_SOURCE_USER", postgres.username(), "CARVE_SOURCE_PASSWORD", postgres.password(),
				"CARVE_TARGET_URL", inventory.databaseUrl(), "CARVE_TARGET_USER", postgres.username(),
				"CARVE_TARGET_PASSWORD", postgres.password(), "CARVE_KAFKA", TestKafka.shared().bootstrapServers()));
		carveBack = new CarveCli(Map.of("CARVE_SOURCE_URL", inventory.databaseUrl(), "CARVE_SOURCE_USER",
				postgres.username(), "CARVE_SOURCE_PASSWORD", postgres.password(), "CARVE_TARGET_URL",
				first.getEnvironment().getProperty("spring.datasource.url"), "CARVE_TARGET_USER", postgres.username(),
				"CARVE_TARGET_PASSWORD", postgres.password(), "CARVE_KAFKA", TestKafka.shared().bootstrapServers()));
	}

	@AfterAll
	static void stop() {
		if (move != null) {
			move.process().destroyForcibly();
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
	void inventoryMovesOutAndBackUnderLoadWithoutAFailedOrder() throws Exception {
		String admin = ShopUser.admin(firstUrl);
		String sku = "CUT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		ShopUser.send(firstUrl, "POST", "/api/v1/catalog/products",
				Map.of("sku", sku, "name", "Mug " + sku, "price", Map.of("amount", "3.00", "currency", "EUR")), admin)
			.expect(201);
		ShopUser.send(firstUrl, "PUT", "/api/v1/inventory/stock/" + sku, Map.of("onHand", 1_000_000), admin)
			.expect(201);
		List<String> customers = new ArrayList<>();
		for (int i = 0; i < CLIENTS; i++) {
			customers.add(ShopUser.newCustomer(firstUrl));
		}
		// The move copies inventory's schema while a few clients order, then streams; the
		// service starts dormant on the database the move fills.
		OrderLoad duringCopy = OrderLoad.start(List.of(firstUrl, secondUrl), customers.subList(0, 4), sku);
		move = carve.start("carve-move-inventory", "move", "inventory").awaitStreaming(serviceJdbc(), "inventory");
		duringCopy.stop();
		inventory.start();
		ShopUser.send(inventory.httpUrl(), "GET", "/api/v1/inventory/stock/" + sku, null, admin)
			.problem(503, "module-unavailable");
		CarveCli.Result backwards = carve.run(Duration.ofSeconds(60), "cutover", "inventory", "--source-app",
				inventory.httpUrl(), "--target-app", firstUrl, "--token", admin);
		assertThat(backwards.exitCode()).as(backwards.output()).isEqualTo(3);
		assertThat(backwards.output()).contains("the source app's route for inventory is dormant, not serving");
		OrderLoad load = OrderLoad.start(List.of(firstUrl, secondUrl), customers, sku);
		Thread.sleep(1000);

		TimedCutover cutover = TimedCutover.run(carve, load, firstUrl, inventory.httpUrl(), admin);
		Handover out = Handover.from(monolithJdbc(), serviceJdbc());
		Thread.sleep(2000);
		load.stop();

		assertThat(duringCopy.failures()).as("failed orders during the copy").isEmpty();
		assertThat(load.failures()).as("failed orders during the cutover").isEmpty();
		out.assertDone("inventory-service");
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
		assertNoOrderPending();

		CarveCli.Result again = carve.run(Duration.ofSeconds(60), "cutover", "inventory", "--source-app", firstUrl,
				"--target-app", inventory.httpUrl(), "--token", admin);
		assertThat(again.exitCode()).as(again.output()).isZero();
		assertThat(again.output()).contains("already cut over");
		carve.abortMove(move, "inventory");
		cutover.print("out", load);
		CutoverPrintout.fenceWaits(List.of(first, second));

		// And back, as out: the monolith's tables, as they were at the fence, get the
		// service's rows while a few clients order; all of them order during the switch.
		OrderLoad backDuringCopy = OrderLoad.start(List.of(firstUrl, secondUrl), customers.subList(0, 4), sku);
		move = carveBack.start("carve-move-inventory-back", "move", "inventory", "--replace-target")
			.awaitStreaming(monolithJdbc(), "inventory");
		backDuringCopy.stop();
		OrderLoad back = OrderLoad.start(List.of(firstUrl, secondUrl), customers, sku);
		Thread.sleep(1000);
		TimedCutover cutBack = TimedCutover.run(carveBack, back, inventory.httpUrl(), firstUrl, admin);
		Handover home = Handover.from(serviceJdbc(), monolithJdbc());
		Thread.sleep(2000);
		back.stop();

		assertThat(backDuringCopy.failures()).as("failed orders during the copy back").isEmpty();
		assertThat(back.failures()).as("failed orders on the way back").isEmpty();
		home.assertDone("the monolith");
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
			for (String monolith : List.of(firstUrl, secondUrl)) {
				JsonNode stock = ShopUser.send(monolith, "GET", "/api/v1/inventory/stock/" + sku, null, admin)
					.expect(200)
					.json();
				assertThat(stock.get("available").asInt()).as("stock read at " + monolith)
					.isEqualTo(
							1_000_000 - duringCopy.placed() - load.placed() - backDuringCopy.placed() - back.placed());
			}
		});
		assertNoOrderPending();
		carveBack.abortMove(move, "inventory");
		assertThat(monolithJdbc().queryForObject("select count(*) from pg_replication_slots", Integer.class)).isZero();
		cutBack.print("back", back);
		CutoverPrintout.fenceWaits(inventory.httpUrl(), admin);
	}

	private static void assertNoOrderPending() {
		assertThat(monolithJdbc().queryForObject("select count(*) from orders.orders where status = 'PENDING'",
				Integer.class))
			.isZero();
	}

	private static JdbcTemplate monolithJdbc() {
		return first.getBean(JdbcTemplate.class);
	}

	private static JdbcTemplate serviceJdbc() {
		PostgresServer postgres = TestInfrastructure.postgres();
		return new JdbcTemplate(
				new DriverManagerDataSource(inventory.databaseUrl(), postgres.username(), postgres.password()));
	}

}
