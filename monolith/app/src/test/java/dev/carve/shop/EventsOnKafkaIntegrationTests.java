package dev.carve.shop;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import dev.carve.adapters.identity.IdentityEventCodecs;
import dev.carve.adapters.orders.OrdersEventCodecs;
import dev.carve.adapters.payments.PaymentsEventCodecs;
import dev.carve.api.DomainEvent;
import dev.carve.contracts.identity.CustomerRegistered;
import dev.carve.contracts.orders.OrderConfirmed;
import dev.carve.contracts.payments.PaymentCaptured;
import dev.carve.runtime.events.ModuleEvents;
import dev.carve.testkit.TopicRecords;
import dev.carve.testkit.WithKafka;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The one jar with Kafka on: every module runs in-process, so listeners still get their
 * events in-process, and every event is also published to its topic for processes that
 * run modules apart.
 */
@ShopIntegrationTest
@WithKafka
class EventsOnKafkaIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void signingUpPublishesCustomerRegisteredInTheRequestsTrace() {
		ShopClient shop = new ShopClient(this.port);
		String traceId = UUID.randomUUID().toString().replace("-", "");
		String email = "traced-" + UUID.randomUUID() + "@carve.test";
		JsonNode customer = shop
			.send("POST", "/api/v1/identity/customers",
					Map.of("email", email, "password", "correct-horse-1", "name", "Grace"), null,
					Map.of("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"))
			.expect(201)
			.json();
		ConsumerRecord<String, byte[]> record = first("carve.identity.CustomerRegistered",
				IdentityEventCodecs.moduleEvents(), CustomerRegistered.class, (event) -> event.email().equals(email));
		CustomerRegistered event = decode(IdentityEventCodecs.moduleEvents(), CustomerRegistered.class, record);
		assertThat(record.key()).isEqualTo(customer.get("id").asString()).isEqualTo(event.customerId().toString());
		assertThat(TopicRecords.header(record, "carve-event-id")).isEqualTo(event.eventId().toString());
		assertThat(TopicRecords.header(record, "traceparent")).startsWith("00-" + traceId + "-");
	}

	@Test
	void anOrderIsConfirmedInProcessAndItsEventsArePublished() {
		ShopClient shop = new ShopClient(this.port);
		String customer = shop.newCustomer();
		String sku = shop.newProduct("12.50", 5);
		JsonNode order = shop.order(customer, sku, 2).expect(201).json();
		String orderId = order.get("id").asString();
		assertThat(order.get("status").asString()).isEqualTo("CONFIRMED");
		ConsumerRecord<String, byte[]> confirmed = first("carve.orders.OrderConfirmed",
				OrdersEventCodecs.moduleEvents(), OrderConfirmed.class,
				(event) -> event.orderId().toString().equals(orderId));
		assertThat(confirmed.key()).isEqualTo(orderId);
		assertThat(decode(OrdersEventCodecs.moduleEvents(), OrderConfirmed.class, confirmed).lines()).singleElement()
			.satisfies((line) -> assertThat(line.sku()).isEqualTo(sku));
		ConsumerRecord<String, byte[]> captured = first("carve.payments.PaymentCaptured",
				PaymentsEventCodecs.moduleEvents(), PaymentCaptured.class,
				(event) -> event.orderId().toString().equals(orderId));
		assertThat(captured).isNotNull();
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(shop.send("GET", "/api/v1/notifications", null, customer)
				.expect(200)
				.json()
				.get("items")
				.valueStream()
				.map((item) -> item.get("kind").asString())
				.toList()).contains("CUSTOMER_REGISTERED", "ORDER_CONFIRMED"));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(shop.stock(sku).get("onHand").asInt()).isEqualTo(3));
	}

	private static <E extends DomainEvent> ConsumerRecord<String, byte[]> first(String topic, ModuleEvents module,
			Class<E> type, Predicate<E> wanted) {
		return TopicRecords.first(topic, (record) -> wanted.test(decode(module, type, record)), Duration.ofSeconds(30));
	}

	private static <E extends DomainEvent> E decode(ModuleEvents module, Class<E> type,
			ConsumerRecord<String, byte[]> record) {
		return module.codec(type).decode(record.value());
	}

}
