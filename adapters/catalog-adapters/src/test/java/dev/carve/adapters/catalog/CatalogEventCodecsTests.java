package dev.carve.adapters.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.carve.contracts.catalog.ProductPriceChanged;
import dev.carve.kernel.Money;
import dev.carve.runtime.events.EventCodec;
import dev.carve.runtime.events.ModuleEvents;
import dev.carve.runtime.events.UndecodableEventException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Catalog's events travel as the catalog contract's messages: each survives the trip
 * whole, its bytes are the contract's message, and bytes that are not the event are
 * refused.
 */
class CatalogEventCodecsTests {

	private static final Instant OCCURRED_AT = Instant.parse("2026-03-14T09:26:53.589793238Z");

	private final ModuleEvents events = CatalogEventCodecs.moduleEvents();

	private final EventCodec<ProductPriceChanged> codec = this.events.codec(ProductPriceChanged.class);

	@Test
	void productPriceChangedTravelsAsTheContractMessage() throws Exception {
		ProductPriceChanged changed = priceChange();
		byte[] bytes = this.codec.encode(changed);
		var wire = dev.carve.contracts.catalog.v1.ProductPriceChanged.parseFrom(bytes);
		assertThat(wire.getEventId()).isEqualTo(changed.eventId().toString());
		assertThat(wire.getSku()).isEqualTo("MUG-001");
		assertThat(wire.getOldPrice().getAmountMinor()).isEqualTo(1250);
		assertThat(wire.getOldPrice().getCurrency()).isEqualTo("EUR");
		assertThat(wire.getNewPrice().getAmountMinor()).isEqualTo(1399);
		assertThat(wire.getNewPrice().getCurrency()).isEqualTo("EUR");
		assertThat(wire.getOccurredAt().getSeconds()).isEqualTo(OCCURRED_AT.getEpochSecond());
		assertThat(wire.getOccurredAt().getNanos()).isEqualTo(589_793_238);
		assertThat(this.codec.decode(bytes)).isEqualTo(changed);
	}

	@Test
	void bytesThatAreNoMessageAreRefused() {
		assertThatExceptionOfType(UndecodableEventException.class)
			.isThrownBy(() -> this.codec.decode(new byte[] { 1, 2, 3, 4, 5 }));
	}

	@Test
	void anEmptyMessageIsRefusedNamingTheMissingField() {
		assertThatExceptionOfType(UndecodableEventException.class).isThrownBy(() -> this.codec.decode(new byte[0]))
			.withMessageContaining("ProductPriceChanged")
			.withMessageContaining("event_id is missing");
	}

	@Test
	void aMessageWithoutItsNewPriceIsRefusedNamingIt() {
		byte[] bytes = CatalogEventMessages.toMessage(priceChange()).toBuilder().clearNewPrice().build().toByteArray();
		assertThatExceptionOfType(UndecodableEventException.class).isThrownBy(() -> this.codec.decode(bytes))
			.withMessageContaining("new_price is missing");
	}

	@Test
	void eachEventHasItsOwnTopic() {
		assertThat(this.events.topic(ProductPriceChanged.class)).isEqualTo("carve.catalog.ProductPriceChanged");
	}

	@Test
	void theModuleDeclaresExactlyTheEventsItPublishes() {
		assertThat(this.events.module()).isEqualTo("catalog");
		List<Class<?>> types = this.events.codecs().stream().<Class<?>>map(EventCodec::eventType).toList();
		assertThat(types).containsExactlyInAnyOrder(ProductPriceChanged.class);
	}

	private static ProductPriceChanged priceChange() {
		return new ProductPriceChanged(UUID.randomUUID(), "MUG-001", Money.of("12.50", "EUR"), Money.of("13.99", "EUR"),
				OCCURRED_AT);
	}

}
