package dev.carve.services.inventory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import dev.carve.adapters.inventory.InventoryEventCodecs;
import dev.carve.adapters.orders.OrdersEventCodecs;
import dev.carve.contracts.inventory.StockLine;
import dev.carve.contracts.inventory.StockReserved;
import dev.carve.contracts.inventory.v1.InventoryServiceGrpc;
import dev.carve.contracts.inventory.v1.ReserveRequest;
import dev.carve.contracts.orders.OrderCancelled;
import dev.carve.contracts.orders.OrderConfirmed;
import dev.carve.contracts.orders.OrderedLine;
import dev.carve.kernel.Money;
import dev.carve.runtime.events.ModuleEvents;
import dev.carve.runtime.events.kafka.EventRecordHeaders;
import dev.carve.services.testkit.ServiceGrpcServer;
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
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The inventory service with events over Kafka: orders runs elsewhere, so its decisions
 * reach the service as records on orders' topics, written here the way orders' relay
 * writes them; and what inventory publishes goes to its own topics. Stock is read through
 * the service's API. The checks every service passes hold with Kafka on, too.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@WithPostgres
@WithKafka
@Import(ServiceGrpcServer.class)
class InventoryOverKafkaIntegrationTests extends ServiceIntegrationTests {

	static final Duration PATIENCE = Duration.ofSeconds(30);

	static final ModuleEvents ORDERS = OrdersEventCodecs.moduleEvents();

	@Autowired
	ServiceGrpcServer grpc;

	InventoryOverKafkaIntegrationTests() {
		super("inventory", 8182, 9192);
	}

	@Override
	protected String protectedPath() {
		return "/api/v1/inventory/stock/NO-SUCH-SKU";
	}

	@Test
	void aReservationIsPublishedAsStockReserved() {
		String sku = stock(7);
		UUID orderId = UUID.randomUUID();
		reserve(orderId, sku, 2);

		ConsumerRecord<String, byte[]> record = TopicRecords.first("carve.inventory.StockReserved",
				(candidate) -> orderId.toString().equals(candidate.key()), PATIENCE);
		StockReserved reserved = Topics.event(InventoryEventCodecs.moduleEvents(), StockReserved.class, record);
		assertThat(reserved.orderId()).isEqualTo(orderId);
		assertThat(reserved.lines()).containsExactly(new StockLine(sku, 2));
		assertThat(TopicRecords.header(record, EventRecordHeaders.EVENT_ID)).isEqualTo(reserved.eventId().toString());
		assertThat(TopicRecords.header(record, EventRecordHeaders.EVENT_TYPE)).isEqualTo("StockReserved");
	}

	@Test
	void anOrderConfirmedElsewhereCommitsItsReservation() {
		String sku = stock(7);
		UUID orderId = UUID.randomUUID();
		reserve(orderId, sku, 3);
		expectStock(sku, 7, 3);

		Topics.publish(ORDERS, new OrderConfirmed(UUID.randomUUID(), orderId, UUID.randomUUID(), UUID.randomUUID(),
				lines(sku, 3), Money.of("30.00", "EUR"), Instant.now()));

		await().atMost(PATIENCE).untilAsserted(() -> expectStock(sku, 4, 0));
	}

	@Test
	void anOrderCancelledElsewhereReleasesItsReservation() {
		String sku = stock(7);
		UUID orderId = UUID.randomUUID();
		reserve(orderId, sku, 3);
		expectStock(sku, 7, 3);

		Topics.publish(ORDERS, new OrderCancelled(UUID.randomUUID(), orderId, UUID.randomUUID(), null, lines(sku, 3),
				"payment declined", Instant.now()));

		await().atMost(PATIENCE).untilAsserted(() -> expectStock(sku, 7, 0));
	}

	private String stock(int onHand) {
		String sku = "KFK-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		this.client.put()
			.uri("/api/v1/inventory/stock/" + sku)
			.header(HttpHeaders.AUTHORIZATION, bearer(identity.admin(UUID.randomUUID())))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"onHand\": " + onHand + "}")
			.exchange()
			.expectStatus()
			.isCreated();
		return sku;
	}

	/** Reserves stock as orders does from another process: over gRPC, with a token. */
	private void reserve(UUID orderId, String sku, int quantity) {
		InventoryServiceGrpc
			.newBlockingStub(this.grpc.moduleChannel(identity.service("orders-service", List.of("inventory")), null))
			.withDeadlineAfter(5, TimeUnit.SECONDS)
			.reserve(ReserveRequest.newBuilder()
				.setOrderId(orderId.toString())
				.addLines(dev.carve.contracts.inventory.v1.StockLine.newBuilder().setSku(sku).setQuantity(quantity))
				.build());
	}

	private void expectStock(String sku, int onHand, int reserved) {
		this.client.get()
			.uri("/api/v1/inventory/stock/" + sku)
			.header(HttpHeaders.AUTHORIZATION, bearer(identity.admin(UUID.randomUUID())))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.onHand")
			.isEqualTo(onHand)
			.jsonPath("$.reserved")
			.isEqualTo(reserved)
			.jsonPath("$.available")
			.isEqualTo(onHand - reserved);
	}

	private static List<OrderedLine> lines(String sku, int quantity) {
		return List.of(new OrderedLine(sku, quantity, Money.of("10.00", "EUR")));
	}

}
