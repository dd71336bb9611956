package dev.carve.adapters.catalog;

import java.time.Instant;
import java.util.UUID;

import com.google.protobuf.Timestamp;
import dev.carve.contracts.catalog.ProductPriceChanged;

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

	private static Timestamp timestamp(Instant instant) {
		return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
	}

	private static Instant instant(Timestamp timestamp) {
		return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
	}

	private static UUID uuid(String text, String field) {
		String value = text(text, field);
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(field + " is not a UUID", ex);
		}
	}

	private static String text(String text, String field) {
		return present(!text.isEmpty(), text, field);
	}

	private static <T> T present(boolean present, T value, String field) {
		if (!present) {
			throw new IllegalArgumentException(field + " is missing");
		}
		return value;
	}

}
