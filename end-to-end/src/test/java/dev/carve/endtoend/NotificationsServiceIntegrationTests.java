package dev.carve.endtoend;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import dev.carve.adapters.identity.IdentityEventCodecs;
import dev.carve.contracts.identity.CustomerRegistered;
import dev.carve.runtime.events.EventCodec;
import dev.carve.testkit.FreePorts;
import dev.carve.testkit.TestKafka;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
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
 * Notifications running as its own service, fed over Kafka by a monolith that runs every
 * other module; beside it, a one-jar monolith where notifications runs in-process. The
 * same scenario on both gives the same notifications.
 */
class NotificationsServiceIntegrationTests {

	private static ServiceProcess notifications;

	private static Map<String, String> notificationsEnvironment;

	private static ConfigurableApplicationContext split;

	private static ConfigurableApplicationContext oneJar;

	private static String splitShop;

	private static String oneJarShop;

	@BeforeAll
	static void start() {
		int splitPort = FreePorts.next();
		int oneJarPort = FreePorts.next();
		splitShop = "http://127.0.0.1:" + splitPort;
		oneJarShop = "http://127.0.0.1:" + oneJarPort;
		notificationsEnvironment = ServiceProcess.environment(splitShop);
		notifications = new ServiceProcess("notifications", notificationsEnvironment);
		CompletableFuture<Void> service = CompletableFuture.runAsync(notifications::start);
		Map<String, Object> splitProperties = new HashMap<>();
		splitProperties.put("carve.modules.notifications.mode", "http");
		splitProperties.put("carve.modules.notifications.url", notifications.httpUrl());
		splitProperties.put("carve.events.kafka.enabled", true);
		splitProperties.put("spring.kafka.bootstrap-servers", TestKafka.shared().bootstrapServers());
		split = Monoliths.start(splitPort, splitProperties);
		oneJar = Monoliths.start(oneJarPort, Map.of());
		service.join();
	}

	@AfterAll
	static void stop() {
		if (split != null) {
			split.close();
		}
		if (oneJar != null) {
			oneJar.close();
		}
		if (notifications != null) {
			notifications.stop();
		}
	}

	@Test
	void aCustomerGetsTheSameNotificationsFromTheServiceAsFromTheOneJar() {
		List<String> overKafka = scenario(splitShop, notifications.httpUrl());
		List<String> inProcess = scenario(oneJarShop, oneJarShop);
		assertThat(overKafka).hasSize(3).isEqualTo(inProcess);
	}

	@Test
	void aConsumerKilledInTheMiddleOfABatchResumesWithoutLosingOrRepeatingAnEffect() throws Exception {
		int count = 800;
		String run = "Batch" + UUID.randomUUID().toString().substring(0, 8);
		notifications.stop();
		publishRegistrations(run, count);
		notifications.start();
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> welcomed(run) > 0);
		notifications.stop();
		int whenKilled = welcomed(run);
		assertThat(whenKilled).as("welcomed when the consumer was killed").isBetween(1, count - 1);
		notifications.start();
		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> welcomed(run) >= count);
		assertThat(welcomed(run)).isEqualTo(count);
		assertThat(serviceDatabase().queryForObject(
				"select count(distinct customer_id) from notifications.notifications" + " where subject = ?",
				Integer.class, "Welcome to Carve, " + run))
			.isEqualTo(count);
		System.out.printf("consumer killed after %d of %d events; all %d once each after the restart%n", whenKilled,
				count, count);
	}

	/**
	 * Signs up, orders and cancels on a shop; returns the customer's notifications as
	 * kind, subject and body, with ids and addresses replaced.
	 */
	private static List<String> scenario(String shop, String notificationsUrl) {
		String email = "customer-" + UUID.randomUUID() + "@carve.test";
		ShopUser
			.send(shop, "POST", "/api/v1/identity/customers",
					Map.of("email", email, "password", "correct-horse-1", "name", "Ada"), null)
			.expect(201);
		String customer = ShopUser.login(shop, email, "correct-horse-1");
		// Events of different modules travel on different topics and are not ordered
		// relative to each other: the order's messages are addressed by name only once
		// the
		// sign-up has been seen, so the scenario orders after the welcome.
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> notificationsOf(notificationsUrl, customer).size() == 1);
		String admin = ShopUser.admin(shop);
		String sku = "N-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
		ShopUser
			.send(shop, "POST", "/api/v1/catalog/products",
					Map.of("sku", sku, "name", "Mug", "price", Map.of("amount", "12.50", "currency", "EUR")), admin)
			.expect(201);
		ShopUser.send(shop, "PUT", "/api/v1/inventory/stock/" + sku, Map.of("onHand", 5), admin).expect(201);
		String orderId = ShopUser.order(shop, customer, sku, 2).expect(201).json().get("id").asString();
		// The capture of the payment may update the order at the same moment: 409, try
		// again.
		await().atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> ShopUser.send(shop, "POST", "/api/v1/orders/" + orderId + "/cancel", null, customer)
				.status() == 200);
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> notificationsOf(notificationsUrl, customer).size() == 3);
		return notificationsOf(notificationsUrl, customer).stream()
			.map((item) -> (item.get("kind").asString() + " | " + item.get("subject").asString() + " | "
					+ item.get("body").asString())
				.replace(orderId, "<order>")
				.replace(email, "<email>"))
			.sorted()
			.toList();
	}

	private static List<JsonNode> notificationsOf(String base, String token) {
		return ShopUser.send(base, "GET", "/api/v1/notifications", null, token)
			.expect(200)
			.json()
			.get("items")
			.valueStream()
			.toList();
	}

	/** Writes registrations to the topic the way the monolith's relay does. */
	private static void publishRegistrations(String name, int count) throws Exception {
		EventCodec<CustomerRegistered> codec = IdentityEventCodecs.moduleEvents().codec(CustomerRegistered.class);
		Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
				TestKafka.shared().bootstrapServers(), ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
				StringSerializer.class, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
			for (int i = 0; i < count; i++) {
				UUID customer = UUID.randomUUID();
				CustomerRegistered event = new CustomerRegistered(UUID.randomUUID(), customer,
						"batch-" + i + "-" + customer + "@carve.test", name, Instant.now());
				producer.send(new ProducerRecord<>("carve.identity.CustomerRegistered", customer.toString(),
						codec.encode(event)));
			}
			producer.flush();
		}
	}

	private static int welcomed(String name) {
		return serviceDatabase().queryForObject("select count(*) from notifications.notifications where subject = ?",
				Integer.class, "Welcome to Carve, " + name);
	}

	private static JdbcTemplate serviceDatabase() {
		return new JdbcTemplate(new DriverManagerDataSource(notificationsEnvironment.get("SPRING_DATASOURCE_URL"),
				notificationsEnvironment.get("SPRING_DATASOURCE_USERNAME"),
				notificationsEnvironment.get("SPRING_DATASOURCE_PASSWORD")));
	}

}
