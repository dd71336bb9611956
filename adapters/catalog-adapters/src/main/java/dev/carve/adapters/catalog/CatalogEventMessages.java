package dev.carve.adapters.catalog;

import dev.carve.contracts.catalog.ProductPriceChanged;

import static dev.carve.runtime.events.MessageFields.instant;
import static dev.carve.runtime.events.MessageFields.present;
import static dev.carve.runtime.events.MessageFields.text;
import static dev.carve.runtime.events.MessageFields.timestamp;
import static dev.carve.runtime.events.MessageFields.uuid;

/**
 * Converts between the catalog contract's event records and their protobuf messages. A
 * message that lacks a field its event needs is refused with an
 * {@link IllegalArgumentException} that names the field.
 */
final class CatalogEventMessages {

	private CatalogEventMessages() {
	}

	static dev.carve.contracts.catalog.v1.ProductPriceChanged toMessage(ProductPriceChanged event) {
		return dev.carve.contracts.catalog.v1.ProductPriceChanged.newBuilder()
			.setEventId(event.eventId().toString())
			.setSku(event.sku())
			.setOldPrice(CatalogMessages.toMessage(event.oldPrice()))
			.setNewPrice(CatalogMessages.toMessage(event.newPrice()))
			.setOccurredAt(timestamp(event.occurredAt()))
			.build();
	}

	static ProductPriceChanged fromMessage(dev.carve.contracts.catalog.v1.ProductPriceChanged message) {
		return new ProductPriceChanged(uuid(message.getEventId(), "event_id"), text(message.getSku(), "sku"),
				CatalogMessages.fromMessage(present(message.hasOldPrice(), message.getOldPrice(), "old_price")),
				CatalogMessages.fromMessage(present(message.hasNewPrice(), message.getNewPrice(), "new_price")),
				instant(present(message.hasOccurredAt(), message.getOccurredAt(), "occurred_at")));
	}

}
