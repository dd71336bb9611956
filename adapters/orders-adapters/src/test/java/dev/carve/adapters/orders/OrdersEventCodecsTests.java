package dev.carve.adapters.orders;

import java.util.List;
import java.util.UUID;

import dev.carve.adapters.testkit.EventCodecsSuite;
import dev.carve.api.DomainEvent;
import dev.carve.contracts.orders.OrderCancelled;
import dev.carve.contracts.orders.OrderConfirmed;
import dev.carve.contracts.orders.OrderPlaced;
import dev.carve.contracts.orders.OrderedLine;
import dev.carve.kernel.Money;
import dev.carve.runtime.events.UndecodableEventException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Orders' events travel as the orders contract's messages ({@link EventCodecsSuite}).
 */
class OrdersEventCodecsTests extends EventCodecsSuite {

	private static final List<OrderedLine> LINES = List.of(new OrderedLine("MUG-001", 2, Money.of("12.50", "EUR")),
			new OrderedLine("TEE-042", 1, Money.of("24.99", "EUR")));

	private final OrderPlaced placed = new OrderPlaced(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), LINES,
			Money.of("49.99", "EUR"), OCCURRED_AT);

	private final OrderConfirmed confirmed = new OrderConfirmed(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
			UUID.randomUUID(), LINES, Money.of("49.99", "EUR"), OCCURRED_AT);

	private final OrderCancelled cancelled = new OrderCancelled(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
			UUID.randomUUID(), LINES, "customer changed their mind", OCCURRED_AT);

	OrdersEventCodecsTests() {
		super(OrdersEventCodecs.moduleEvents(), "orders");
	}

	@Override
	protected List<DomainEvent> samples() {
		return List.of(this.placed, this.confirmed, this.cancelled);
	}

	@Test
	void orderPlacedTravelsAsTheContractMessage() throws Exception {
		var wire = dev.carve.contracts.orders.v1.OrderPlaced.parseFrom(encodedWhole(this.placed));
		assertThat(wire.getEventId()).isEqualTo(this.placed.eventId().toString());
		assertThat(wire.getOrderId()).isEqualTo(this.placed.orderId().toString());
		assertThat(wire.getCustomerId()).isEqualTo(this.placed.customerId().toString());
		assertWireLines(wire.getLinesList());
		assertThat(wire.getTotal().getAmountMinor()).isEqualTo(4999);
		assertThat(wire.getTotal().getCurrency()).isEqualTo("EUR");
		assertOccurredAt(wire.getOccurredAt());
	}

	@Test
	void orderConfirmedTravelsAsTheContractMessage() throws Exception {
		var wire = dev.carve.contracts.orders.v1.OrderConfirmed.parseFrom(encodedWhole(this.confirmed));
		assertThat(wire.getEventId()).isEqualTo(this.confirmed.eventId().toString());
		assertThat(wire.getOrderId()).isEqualTo(this.confirmed.orderId().toString());
		assertThat(wire.getCustomerId()).isEqualTo(this.confirmed.customerId().toString());
		assertThat(wire.getPaymentId()).isEqualTo(this.confirmed.paymentId().toString());
		assertWireLines(wire.getLinesList());
		assertThat(wire.getTotal().getAmountMinor()).isEqualTo(4999);
		assertOccurredAt(wire.getOccurredAt());
	}

	@Test
	void orderCancelledTravelsAsTheContractMessage() throws Exception {
		var wire = dev.carve.contracts.orders.v1.OrderCancelled.parseFrom(encodedWhole(this.cancelled));
		assertThat(wire.getEventId()).isEqualTo(this.cancelled.eventId().toString());
		assertThat(wire.getOrderId()).isEqualTo(this.cancelled.orderId().toString());
		assertThat(wire.getCustomerId()).isEqualTo(this.cancelled.customerId().toString());
		assertThat(wire.hasPaymentId()).isTrue();
		assertThat(wire.getPaymentId()).isEqualTo(this.cancelled.paymentId().toString());
		assertWireLines(wire.getLinesList());
		assertThat(wire.getReason()).isEqualTo("customer changed their mind");
		assertOccurredAt(wire.getOccurredAt());
	}

	@Test
	void anOrderCancelledWithoutPaymentTravelsWithoutOne() throws Exception {
		OrderCancelled unpaid = new OrderCancelled(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null, LINES,
				"payment never authorized", OCCURRED_AT);
		assertThat(dev.carve.contracts.orders.v1.OrderCancelled.parseFrom(encodedWhole(unpaid)).hasPaymentId())
			.isFalse();
	}

	@Test
	void aMessageWithoutItsTotalIsRefusedNamingIt() {
		byte[] bytes = OrdersEventMessages.toMessage(this.confirmed).toBuilder().clearTotal().build().toByteArray();
		assertThatExceptionOfType(UndecodableEventException.class)
			.isThrownBy(() -> codec(OrderConfirmed.class).decode(bytes))
			.withMessageContaining("total is missing");
	}

	private static void assertWireLines(List<dev.carve.contracts.orders.v1.OrderedLine> lines) {
		assertThat(lines)
			.extracting((line) -> line.getSku(), (line) -> line.getQuantity(),
					(line) -> line.getUnitPrice().getAmountMinor(), (line) -> line.getUnitPrice().getCurrency())
			.containsExactly(tuple("MUG-001", 2, 1250L, "EUR"), tuple("TEE-042", 1, 2499L, "EUR"));
	}

}
