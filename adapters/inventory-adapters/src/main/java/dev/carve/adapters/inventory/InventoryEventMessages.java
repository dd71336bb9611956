package dev.carve.adapters.inventory;

import java.util.List;

import dev.carve.contracts.inventory.StockLine;
import dev.carve.contracts.inventory.StockLow;
import dev.carve.contracts.inventory.StockReserved;

import static dev.carve.runtime.events.MessageFields.present;
import static dev.carve.runtime.events.MessageFields.text;
import static dev.carve.runtime.events.MessageFields.uuid;

/**
 * Converts between the inventory contract's event records and their protobuf messages. A
 * message that lacks a field its event needs is refused with an
 * {@link IllegalArgumentException} that names the field.
 */
final class InventoryEventMessages {

	private InventoryEventMessages() {
	}

	static dev.carve.contracts.inventory.v1.StockReserved toMessage(StockReserved event) {
		return dev.carve.contracts.inventory.v1.StockReserved.newBuilder()
			.setEventId(event.eventId().toString())
			.setOrderId(event.orderId().toString())
			.addAllLines(event.lines().stream().map(InventoryMessages::toMessage).toList())
			.setOccurredAt(InventoryMessages.timestamp(event.occurredAt()))
			.build();
	}

	static StockReserved fromMessage(dev.carve.contracts.inventory.v1.StockReserved message) {
		return new StockReserved(uuid(message.getEventId(), "event_id"), uuid(message.getOrderId(), "order_id"),
				fromMessages(message.getLinesList()),
				InventoryMessages.instant(present(message.hasOccurredAt(), message.getOccurredAt(), "occurred_at")));
	}

	static dev.carve.contracts.inventory.v1.StockLow toMessage(StockLow event) {
		return dev.carve.contracts.inventory.v1.StockLow.newBuilder()
			.setEventId(event.eventId().toString())
			.setSku(event.sku())
			.setAvailable(event.available())
			.setThreshold(event.threshold())
			.setOccurredAt(InventoryMessages.timestamp(event.occurredAt()))
			.build();
	}

	static StockLow fromMessage(dev.carve.contracts.inventory.v1.StockLow message) {
		return new StockLow(uuid(message.getEventId(), "event_id"), text(message.getSku(), "sku"),
				message.getAvailable(), message.getThreshold(),
				InventoryMessages.instant(present(message.hasOccurredAt(), message.getOccurredAt(), "occurred_at")));
	}

	private static List<StockLine> fromMessages(List<dev.carve.contracts.inventory.v1.StockLine> lines) {
		return lines.stream().map((line) -> {
			text(line.getSku(), "lines.sku");
			return InventoryMessages.fromMessage(line);
		}).toList();
	}

}
