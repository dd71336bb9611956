package dev.carve.adapters.inventory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.carve.api.DomainEvent;
import dev.carve.contracts.inventory.StockLine;
import dev.carve.contracts.inventory.StockLow;
import dev.carve.contracts.inventory.StockReserved;
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
 * Inventory's events travel as the inventory contract's messages: each survives the trip
 * whole, its bytes are the contract's message, and bytes that are not the event are
 * refused.
 */
class InventoryEventCodecsTests {

	private static final Instant OCCURRED_AT = Instant.parse("2026-03-14T09:26:53.589793238Z");

	private final ModuleEvents events = InventoryEventCodecs.moduleEvents();

	@Test
	void stockReservedTravelsAsTheContractMessage() throws Exception {
		StockReserved reserved = reservation();
		byte[] bytes = this.events.codec(StockReserved.class).encode(reserved);
		var wire = dev.carve.contracts.inventory.v1.StockReserved.parseFrom(bytes);
		assertThat(wire.getEventId()).isEqualTo(reserved.eventId().toString());
		assertThat(wire.getOrderId()).isEqualTo(reserved.orderId().toString());
		assertThat(wire.getLinesList()).extracting((line) -> line.getSku(), (line) -> line.getQuantity())
			.containsExactly(tuple("MUG-001", 2), tuple("TEE-042", 1));
		assertThat(wire.getOccurredAt().getSeconds()).isEqualTo(OCCURRED_AT.getEpochSecond());
		assertThat(wire.getOccurredAt().getNanos()).isEqualTo(589_793_238);
		assertThat(this.events.codec(StockReserved.class).decode(bytes)).isEqualTo(reserved);
	}

	@Test
	void stockLowTravelsAsTheContractMessage() throws Exception {
		StockLow low = new StockLow(UUID.randomUUID(), "MUG-001", 3, 5, OCCURRED_AT);
		byte[] bytes = this.events.codec(StockLow.class).encode(low);
		var wire = dev.carve.contracts.inventory.v1.StockLow.parseFrom(bytes);
		assertThat(wire.getEventId()).isEqualTo(low.eventId().toString());
		assertThat(wire.getSku()).isEqualTo("MUG-001");
		assertThat(wire.getAvailable()).isEqualTo(3);
		assertThat(wire.getThreshold()).isEqualTo(5);
		assertThat(wire.getOccurredAt().getSeconds()).isEqualTo(OCCURRED_AT.getEpochSecond());
		assertThat(wire.getOccurredAt().getNanos()).isEqualTo(589_793_238);
		assertThat(this.events.codec(StockLow.class).decode(bytes)).isEqualTo(low);
	}

	@ParameterizedTest
	@ValueSource(classes = { StockReserved.class, StockLow.class })
	void bytesThatAreNoMessageAreRefused(Class<? extends DomainEvent> type) {
		assertThatExceptionOfType(UndecodableEventException.class)
			.isThrownBy(() -> this.events.codec(type).decode(new byte[] { 1, 2, 3, 4, 5 }));
	}

	@ParameterizedTest
	@ValueSource(classes = { StockReserved.class, StockLow.class })
	void anEmptyMessageIsRefusedNamingTheMissingField(Class<? extends DomainEvent> type) {
		assertThatExceptionOfType(UndecodableEventException.class)
			.isThrownBy(() -> this.events.codec(type).decode(new byte[0]))
			.withMessageContaining(type.getSimpleName())
			.withMessageContaining("event_id is missing");
	}

	@Test
	void aLineWithoutSkuIsRefusedNamingIt() {
		var message = InventoryEventMessages.toMessage(reservation()).toBuilder();
		message.getLinesBuilder(1).clearSku();
		byte[] bytes = message.build().toByteArray();
		assertThatExceptionOfType(UndecodableEventException.class)
			.isThrownBy(() -> this.events.codec(StockReserved.class).decode(bytes))
			.withMessageContaining("lines.sku is missing");
	}

	@Test
	void eachEventHasItsOwnTopic() {
		assertThat(this.events.topic(StockReserved.class)).isEqualTo("carve.inventory.StockReserved");
		assertThat(this.events.topic(StockLow.class)).isEqualTo("carve.inventory.StockLow");
	}

	@Test
	void theModuleDeclaresExactlyTheEventsItPublishes() {
		assertThat(this.events.module()).isEqualTo("inventory");
		List<Class<?>> types = this.events.codecs().stream().<Class<?>>map(EventCodec::eventType).toList();
		assertThat(types).containsExactlyInAnyOrder(StockReserved.class, StockLow.class);
	}

	private static StockReserved reservation() {
		return new StockReserved(UUID.randomUUID(), UUID.randomUUID(),
				List.of(new StockLine("MUG-001", 2), new StockLine("TEE-042", 1)), OCCURRED_AT);
	}

}
