package dev.carve.adapters.catalog;

import java.util.List;
import java.util.UUID;

import dev.carve.adapters.testkit.EventCodecsSuite;
import dev.carve.api.DomainEvent;
import dev.carve.contracts.catalog.ProductPriceChanged;
import dev.carve.kernel.Money;
import dev.carve.runtime.events.UndecodableEventException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Catalog's events travel as the catalog contract's messages ({@link EventCodecsSuite}).
 */
class CatalogEventCodecsTests extends EventCodecsSuite {

	private final ProductPriceChanged priceChange = new ProductPriceChanged(UUID.randomUUID(), "MUG-001",
			Money.of("12.50", "EUR"), Money.of("13.99", "EUR"), OCCURRED_AT);

	CatalogEventCodecsTests() {
		super(CatalogEventCodecs.moduleEvents(), "catalog");
	}

	@Override
	protected List<DomainEvent> samples() {
		return List.of(this.priceChange);
	}

	@Test
	void productPriceChangedTravelsAsTheContractMessage() throws Exception {
		var wire = dev.carve.contracts.catalog.v1.ProductPriceChanged.parseFrom(encodedWhole(this.priceChange));
		assertThat(wire.getEventId()).isEqualTo(this.priceChange.eventId().toString());
		assertThat(wire.getSku()).isEqualTo("MUG-001");
		assertThat(wire.getOldPrice().getAmountMinor()).isEqualTo(1250);
		assertThat(wire.getOldPrice().getCurrency()).isEqualTo("EUR");
		assertThat(wire.getNewPrice().getAmountMinor()).isEqualTo(1399);
		assertThat(wire.getNewPrice().getCurrency()).isEqualTo("EUR");
		assertOccurredAt(wire.getOccurredAt());
	}

	@Test
	void aMessageWithoutItsNewPriceIsRefusedNamingIt() {
		byte[] bytes = CatalogEventMessages.toMessage(this.priceChange)
			.toBuilder()
			.clearNewPrice()
			.build()
			.toByteArray();
		assertThatExceptionOfType(UndecodableEventException.class)
			.isThrownBy(() -> codec(ProductPriceChanged.class).decode(bytes))
			.withMessageContaining("new_price is missing");
	}

}
