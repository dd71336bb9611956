package dev.carve.adapters.inventory;

import java.util.List;
import java.util.UUID;

import dev.carve.adapters.testkit.EventCodecsSuite;
import dev.carve.api.DomainEvent;
import dev.carve.contracts.inventory.StockLine;
import dev.carve.contracts.inventory.StockLow;
import dev.carve.contracts.inventory.StockReserved;
import dev.carve.runtime.events.UndecodableEventException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Inventory's events travel as the inventory contract's messages
 * ({@link EventCodecsSuite}).
 */
class InventoryEventCodecsTests extends EventCodecsSuite {

	private final StockReserved reservation = new StockReserved(UUID.randomUUID(), UUID.randomUUID(),
			List.of(new StockLine("MUG-001", 2), new StockLine("TEE-042", 1)), OCCURRED_AT);

	private final StockLow low = new StockLow(UUID.randomUUID(), "MUG-001", 3, 5, OCCURRED_AT);

	InventoryEventCodecsTests() {
		super(InventoryEventCodecs.moduleEvents(), "inventory");
	}

	@Override
	protected List<DomainEvent> samples() {
		return List.of(this.reservation, this.low);
	}

	@Test
	void stockReservedTravelsAsTheContractMessage() throws Exception {
		var wire = dev.carve.contracts.inventory.v1.StockReserved.parseFrom(encodedWhole(this.reservation));
		assertThat(wire.getEventId()).isEqualTo(this.reservation.eventId().toString());
		assertThat(wire.getOrderId()).isEqualTo(this.reservation.orderId().toString());
		assertThat(wire.getLinesList()).extracting((line) -> line.getSku(), (line) -> line.getQuantity())
			.containsExactly(tuple("MUG-001", 2), tuple("TEE-042", 1));
		assertOccurredAt(wire.getOccurredAt());
	}

	@Test
	void stockLowTravelsAsTheContractMessage() throws Exception {
		var wire = dev.carve.contracts.inventory.v1.StockLow.parseFrom(encodedWhole(this.low));
		assertThat(wire.getEventId()).isEqualTo(this.low.eventId().toString());
		assertThat(wire.getSku()).isEqualTo("MUG-001");
		assertThat(wire.getAvailable()).isEqualTo(3);
		assertThat(wire.getThreshold()).isEqualTo(5);
		assertOccurredAt(wire.getOccurredAt());
	}

	@Test
	void aLineWithoutSkuIsRefusedNamingIt() {
		var message = InventoryEventMessages.toMessage(this.reservation).toBuilder();
		message.getLinesBuilder(1).clearSku();
		byte[] bytes = message.build().toByteArray();
		assertThatExceptionOfType(UndecodableEventException.class)
			.isThrownBy(() -> codec(StockReserved.class).decode(bytes))
			.withMessageContaining("lines.sku is missing");
	}

}
