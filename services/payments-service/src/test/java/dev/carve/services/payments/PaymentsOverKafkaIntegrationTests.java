package dev.carve.services.payments;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.carve.adapters.orders.OrdersEventCodecs;
import dev.carve.adapters.payments.PaymentsEventCodecs;
import dev.carve.contracts.orders.OrderCancelled;
import dev.carve.contracts.orders.OrderConfirmed;
import dev.carve.contracts.orders.OrderedLine;
import dev.carve.contracts.payments.AuthorizePayment;
import dev.carve.contracts.payments.PaymentAuthorization;
import dev.carve.contracts.payments.PaymentCaptured;
import dev.carve.contracts.payments.PaymentGateway;
import dev.carve.kernel.Money;
import dev.carve.runtime.events.ModuleEvents;
import dev.carve.services.testkit.ServiceIntegrationTests;
import dev.carve.services.testkit.Topics;
import dev.carve.testkit.TopicRecords;
import dev.carve.testkit.WithKafka;
import dev.carve.testkit.WithPostgres;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The payments service with events over Kafka: orders runs elsewhere, so its decisions
 * reach the service as records on orders' topics, written here the way orders' relay
 * writes them; and what payments publishes goes to its own topics. Payments are read
 * through the service's API. The checks every service passes hold with Kafka on, too.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@WithPostgres
@WithKafka
class PaymentsOverKafkaIntegrationTests extends ServiceIntegrationTests {

	static final Duration PATIENCE = Duration.ofSeconds(30);

	static final ModuleEvents ORDERS = OrdersEventCodecs.moduleEvents();

	static final Money TOTAL = Money.of("25.00", "EUR");

	@Autowired
	PaymentGateway payments;

	PaymentsOverKafkaIntegrationTests() {
		super("payments", 8183, 9193);
	}

	@Override
	protected String protectedPath() {
		return "/api/v1/payments/" + UUID.randomUUID();
	}

	@Test
	void anOrderConfirmedElsewhereHasItsPaymentCapturedAndThatIsPublished() {
		UUID customerId = UUID.randomUUID();
		UUID orderId = UUID.randomUUID();
		PaymentAuthorization authorization = this.payments.authorize(new AuthorizePayment(orderId, customerId, TOTAL));

		Topics.publish(ORDERS, new OrderConfirmed(UUID.randomUUID(), orderId, customerId, authorization.paymentId(),
				lines(), TOTAL, Instant.now()));

		await().atMost(PATIENCE).untilAsserted(() -> expectStatus(orderId, customerId, "CAPTURED"));
		ConsumerRecord<String, byte[]> record = TopicRecords.first("carve.payments.PaymentCaptured",
				(candidate) -> orderId.toString().equals(candidate.key()), PATIENCE);
		PaymentCaptured captured = Topics.event(PaymentsEventCodecs.moduleEvents(), PaymentCaptured.class, record);
		assertThat(captured.paymentId()).isEqualTo(authorization.paymentId());
		assertThat(captured.orderId()).isEqualTo(orderId);
		assertThat(captured.amount()).isEqualTo(TOTAL);
	}

	@Test
	void anOrderCancelledElsewhereHasItsAuthorizedPaymentVoided() {
		UUID customerId = UUID.randomUUID();
		UUID orderId = UUID.randomUUID();
		PaymentAuthorization authorization = this.payments.authorize(new AuthorizePayment(orderId, customerId, TOTAL));
		expectStatus(orderId, customerId, "AUTHORIZED");

		Topics.publish(ORDERS, new OrderCancelled(UUID.randomUUID(), orderId, customerId, authorization.paymentId(),
				lines(), "out of stock", Instant.now()));

		await().atMost(PATIENCE).untilAsserted(() -> expectStatus(orderId, customerId, "VOIDED"));
	}

	private void expectStatus(UUID orderId, UUID customerId, String status) {
		this.client.get()
			.uri("/api/v1/payments/" + orderId)
			.header(HttpHeaders.AUTHORIZATION, bearer(identity.customer(customerId)))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(status);
	}

	private static List<OrderedLine> lines() {
		return List.of(new OrderedLine("MUG-001", 2, Money.of("12.50", "EUR")));
	}

}
