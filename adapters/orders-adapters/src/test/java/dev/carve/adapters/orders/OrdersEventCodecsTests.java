package dev.carve.adapters.orders;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.carve.api.DomainEvent;
import dev.carve.contracts.orders.OrderCancelled;
import dev.carve.contracts.orders.OrderConfirmed;
import dev.carve.contracts.orders.OrderPlaced;
import dev.carve.contracts.orders.OrderedLine;
import dev.carve.kernel.Money;
import dev.carve.runtime.events.EventCodec;
import dev.carve.runtime.events.ModuleEvents;
import dev.carve.runtime.events.UndecodableEventException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Orders' events travel as the orders contract's messages: each survives the trip whole,
 * its bytes are the contract's message, and bytes that are not the event are refused.
 */
class OrdersEventCodecsTests {

	private static final Instant OCCURRED_AT = Instant.parse("2026-03-14T09:26:53.589793238Z");

	private static final List<OrderedLine> LINES = List.of(new OrderedLine("MUG-001", 2, Money.of("12.50", "EUR")),
			new OrderedLine("TEE-042", 1, Money.of("24.99", "EUR")));

	private final ModuleEvents events = OrdersEventCodecs.moduleEvents();

	@Test
	void orderPlacedTravelsAsTheContractMessage() throws Exception {
		OrderPlaced placed = new OrderPlaced(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), LINES,
				Money.of("49.99", "EUR"), OCCURRED_AT);
		byte[] bytes = this.events.codec(OrderPlaced.class).encode(placed);
		var wire = dev.carve.contracts.orders.v1.OrderPlaced.parseFrom(bytes);
		assertThat(wire.getEventId()).isEqualTo(placed.eventId().toString());
		assertThat(wire.getOrderId()).isEqualTo(placed.orderId().toString());
		assertThat(wire.getCustomerId()).isEqualTo(placed.customerId().toString());
		assertWireLines(wire.getLinesList());
		assertThat(wire.getTotal().getAmountMinor()).isEqualTo(4999);
		assertThat(wire.getTotal().getCurrency()).isEqualTo("EUR");
		assertWireTime(wire.getOccurredAt());
		assertThat(this.events.codec(OrderPlaced.class).decode(bytes)).isEqualTo(placed);
	}

	@Test
	void orderConfirmedTravelsAsTheContractMessage() throws Exception {
		OrderConfirmed confirmed = new OrderConfirmed(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
				UUID.randomUUID(), LINES, Money.of("49.99", "EUR"), OCCURRED_AT);
		byte[] bytes = this.events.codec(OrderConfirmed.class).encode(confirmed);
		var wire = dev.carve.contracts.orders.v1.OrderConfirmed.parseFrom(bytes);
		assertThat(wire.getEventId()).isEqualTo(confirmed.eventId().toString());
		assertThat(wire.getOrderId()).isEqualTo(confirmed.orderId().toString());
		assertThat(wire.getCustomerId()).isEqualTo(confirmed.customerId().toString());
		assertThat(wire.getPaymentId()).isEqualTo(confirmed.paymentId().toString());
		assertWireLines(wire.getLinesList());
		assertThat(wire.getTotal().getAmountMinor()).isEqualTo(4999);
		assertWireTime(wire.getOccurredAt());
		assertThat(this.events.codec(OrderConfirmed.class).decode(bytes)).isEqualTo(confirmed);
	}

	@Test
	void orderCancelledTravelsAsTheContractMessage() throws Exception {
		OrderCancelled cancelled = new OrderCancelled(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
				UUID.randomUUID(), LINES, "customer changed their mind", OCCURRED_AT);
		byte[] bytes = this.events.codec(OrderCancelled.class).encode(cancelled);
		var wire = dev.carve.contracts.orders.v1.OrderCancelled.parseFrom(bytes);
		assertThat(wire.getEventId()).isEqualTo(cancelled.eventId().toString());
		assertThat(wire.getOrderId()).isEqualTo(cancelled.orderId().toString());
		assertThat(wire.getCustomerId()).isEqualTo(cancelled.customerId().toString());
		assertThat(wire.hasPaymentId()).isTrue();
		assertThat(wire.getPaymentId()).isEqualTo(cancelled.paymentId().toString());
		assertWireLines(wire.getLinesList());
		assertThat(wire.getReason()).isEqualTo("customer changed their mind");
		assertWireTime(wire.getOccurredAt());
		assertThat(this.events.codec(OrderCancelled.class).decode(bytes)).isEqualTo(cancelled);
	}

	@Test
	void anOrderCancelledWithoutPaymentTravelsWithoutOne() throws Exception {
		OrderCancelled cancelled = new OrderCancelled(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null,
				LINES, "payment never authorized", OCCURRED_AT);
		byte[] bytes = this.events.codec(OrderCancelled.class).encode(cancelled);
		assertThat(dev.carve.contracts.orders.v1.OrderCancelled.parseFrom(bytes).hasPaymentId()).isFalse();
		assertThat(this.events.codec(OrderCancelled.class).decode(bytes)).isEqualTo(cancelled);
	}

	@ParameterizedTest
	@ValueSource(classes = { OrderPlaced.class, OrderConfirmed.class, OrderCancelled.class })
	void bytesThatAreNoMessageAreRefused(Class<? extends DomainEvent> type) {
		assertThatExceptionOfType(UndecodableEventException.class)
			.isThrownBy(() -> this.events.codec(type).decode(new byte[] { 1, 2, 3, 4, 5 }));
	}

	@ParameterizedTest
	@ValueSource(classes = { OrderPlaced.class, OrderConfirmed.class, OrderCancelled.class })
	void anEmptyMessageIsRefusedNamingTheMissingField(Class<? extends DomainEvent> type) {
		assertThatExceptionOfType(UndecodableEventException.class)
			.isThrownBy(() -> this.events.codec(type).decode(new byte[0]))
			.withMessageContaining(type.getSimpleName())
			.withMessageContaining("event_id is missing");
	}

	@Test
	void aMessageWithoutItsTotalIsRefusedNamingIt() {
		OrderConfirmed confirmed = new OrderConfirmed(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
				UUID.randomUUID(), LINES, Money.of("49.99", "EUR"), OCCURRED_AT);
		byte[] bytes = OrdersEventMessages.toMessage(confirmed).toBuilder().clearTotal().build().toByteArray();
		assertThatExceptionOfType(UndecodableEventException.class)
			.isThrownBy(() -> this.events.codec(OrderConfirmed.class).decode(bytes))
			.withMessageContaining("total is missing");
	}

	@Test
	void eachEventHasItsOwnTopic() {
		assertThat(this.events.topic(OrderPlaced.class)).isEqualTo("carve.orders.OrderPlaced");
		assertThat(this.events.topic(OrderConfirmed.class)).isEqualTo("carve.orders.OrderConfirmed");
		assertThat(this.events.topic(OrderCancelled.class)).isEqualTo("carve.orders.OrderCancelled");
	}

	@Test
	void theModuleDeclaresExactlyTheEventsItPublishes() {
		assertThat(this.events.module()).isEqualTo("orders");
		List<Class<?>> types = this.events.codecs().stream().<Class<?>>map(EventCodec::eventType).toList();
		assertThat(types).containsExactlyInAnyOrder(OrderPlaced.class, OrderConfirmed.class, OrderCancelled.class);
	}

	private static void assertWireLines(List<dev.carve.contracts.orders.v1.OrderedLine> lines) {
		assertThat(lines)
			.extracting((line) -> line.getSku(), (line) -> line.getQuantity(),
					(line) -> line.getUnitPrice().getAmountMinor(), (line) -> line.getUnitPrice().getCurrency())
			.containsExactly(tuple("MUG-001", 2, 1250L, "EUR"), tuple("TEE-042", 1, 2499L, "EUR"));
	}

	private static void assertWireTime(com.google.protobuf.Timestamp timestamp) {
		assertThat(timestamp.getSeconds()).isEqualTo(OCCURRED_AT.getEpochSecond());
		assertThat(timestamp.getNanos()).isEqualTo(589_793_238);
	}

}
