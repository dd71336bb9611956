package dev.carve.services.notifications;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.carve.adapters.identity.IdentityEventCodecs;
import dev.carve.adapters.orders.OrdersEventCodecs;
import dev.carve.contracts.identity.CustomerRegistered;
import dev.carve.contracts.orders.OrderCancelled;
import dev.carve.contracts.orders.OrderConfirmed;
import dev.carve.contracts.orders.OrderedLine;
import dev.carve.kernel.Money;
import dev.carve.runtime.events.ModuleEvents;
import dev.carve.runtime.events.UndecodableEventException;
import dev.carve.runtime.events.kafka.EventRecordHeaders;
import dev.carve.services.testkit.ServiceIntegrationTests;
import dev.carve.services.testkit.Topics;
import dev.carve.testkit.TopicRecords;
import dev.carve.testkit.WithKafka;
import dev.carve.testkit.WithPostgres;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The notifications service with events over Kafka: identity and orders run elsewhere,
 * and their events reach the service as records on their topics, written here the way
 * their relays write them. What the customer sees is read through the service's API. The
 * checks every service passes hold with Kafka on, too.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@WithPostgres
@WithKafka
class NotificationsOverKafkaIntegrationTests extends ServiceIntegrationTests {

	static final Duration PATIENCE = Duration.ofSeconds(30);

	static final ModuleEvents IDENTITY = IdentityEventCodecs.moduleEvents();

	static final ModuleEvents ORDERS = OrdersEventCodecs.moduleEvents();

	NotificationsOverKafkaIntegrationTests() {
		super("notifications", 8185, 9195);
	}

	@Override
	protected String protectedPath() {
		return "/api/v1/notifications";
	}

	@Test
	void theServiceConsumesTheTopicsOfTheEventsItListensTo() {
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(TopicRecords.assignedTopics("notifications-service.notifications"))
				.containsExactly("carve.identity.CustomerRegistered", "carve.orders.OrderCancelled",
						"carve.orders.OrderConfirmed"));
	}

	@Test
	void aCustomerRegisteredElsewhereIsWelcomedAndToldAboutTheirOrder() {
		UUID customerId = UUID.randomUUID();
		Topics.publish(IDENTITY,
				new CustomerRegistered(UUID.randomUUID(), customerId, "ada@example.test", "Ada", Instant.now()));
		assertThat(awaitNotifications(customerId, 1)).singleElement()
			.satisfies((welcome) -> assertThat(welcome.kind()).isEqualTo("CUSTOMER_REGISTERED"))
			.satisfies((welcome) -> assertThat(welcome.subject()).isEqualTo("Welcome to Carve, Ada"));

		UUID orderId = UUID.randomUUID();
		Topics.publish(ORDERS, confirmed(orderId, customerId));
		Notification confirmation = awaitNotifications(customerId, 2).getFirst();
		assertThat(confirmation.kind()).isEqualTo("ORDER_CONFIRMED");
		assertThat(confirmation.orderId()).isEqualTo(orderId);
		assertThat(confirmation.subject()).isEqualTo("Order " + orderId + " confirmed, total 25.00 EUR");
		assertThat(confirmation.body()).startsWith("Hello Ada, ").endsWith("addressed to ada@example.test.");

		Topics.publish(ORDERS, cancelled(orderId, customerId));
		Notification cancellation = awaitNotifications(customerId, 3).getFirst();
		assertThat(cancellation.kind()).isEqualTo("ORDER_CANCELLED");
		assertThat(cancellation.orderId()).isEqualTo(orderId);
		assertThat(cancellation.body()).contains("cancelled: changed my mind.");
	}

	@Test
	void anEventDeliveredTwiceNotifiesOnce() {
		UUID customerId = UUID.randomUUID();
		UUID orderId = UUID.randomUUID();
		OrderConfirmed confirmed = confirmed(orderId, customerId);
		Topics.publish(ORDERS, confirmed);
		Topics.publish(ORDERS, confirmed);
		// Same key, so behind both copies: once it shows, both copies were handled.
		Topics.publish(ORDERS, cancelled(orderId, customerId));

		await().atMost(PATIENCE)
			.until(() -> notifications(customerId).stream().anyMatch((n) -> n.kind().equals("ORDER_CANCELLED")));
		assertThat(notifications(customerId)).extracting(Notification::kind)
			.containsExactlyInAnyOrder("ORDER_CONFIRMED", "ORDER_CANCELLED");
	}

	@Test
	void anUndecodableRecordGoesToTheDeadLetterTopicAndTheRecordBehindItIsHandled() {
		UUID customerId = UUID.randomUUID();
		UUID orderId = UUID.randomUUID();
		String topic = "carve.orders.OrderConfirmed";
		TopicRecords.write(topic, orderId.toString(), "not an event".getBytes(StandardCharsets.UTF_8));
		Topics.publish(ORDERS, confirmed(orderId, customerId));

		assertThat(awaitNotifications(customerId, 1)).singleElement()
			.satisfies((n) -> assertThat(n.kind()).isEqualTo("ORDER_CONFIRMED"))
			.satisfies((n) -> assertThat(n.orderId()).isEqualTo(orderId));
		ConsumerRecord<String, byte[]> dead = TopicRecords.first(topic + ".dlt",
				(record) -> orderId.toString().equals(record.key()), PATIENCE);
		assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("not an event");
		assertThat(TopicRecords.header(dead, EventRecordHeaders.DEAD_LETTER_REASON))
			.startsWith(UndecodableEventException.class.getName() + ": Not a valid OrderConfirmed");
		assertThat(TopicRecords.header(dead, "kafka_dlt-original-topic")).isEqualTo(topic);
	}

	private List<Notification> awaitNotifications(UUID customerId, int count) {
		return await().atMost(PATIENCE).until(() -> notifications(customerId), (found) -> found.size() >= count);
	}

	/** The customer's notifications, newest first, as the API shows them. */
	private List<Notification> notifications(UUID customerId) {
		NotificationPage page = this.client.get()
			.uri("/api/v1/notifications")
			.header(HttpHeaders.AUTHORIZATION, bearer(identity.customer(customerId)))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(NotificationPage.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).isNotNull();
		return page.items();
	}

	private static OrderConfirmed confirmed(UUID orderId, UUID customerId) {
		return new OrderConfirmed(UUID.randomUUID(), orderId, customerId, UUID.randomUUID(),
				List.of(new OrderedLine("MUG-001", 2, Money.of("12.50", "EUR"))), Money.of("25.00", "EUR"),
				Instant.now());
	}

	private static OrderCancelled cancelled(UUID orderId, UUID customerId) {
		return new OrderCancelled(UUID.randomUUID(), orderId, customerId, null,
				List.of(new OrderedLine("MUG-001", 2, Money.of("12.50", "EUR"))), "changed my mind", Instant.now());
	}

	record NotificationPage(List<Notification> items) {
	}

	record Notification(String kind, String subject, String body, @Nullable UUID orderId) {
	}

}
