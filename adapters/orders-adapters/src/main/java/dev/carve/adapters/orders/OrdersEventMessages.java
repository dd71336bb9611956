package dev.carve.adapters.orders;

import java.util.List;
import java.util.UUID;

import dev.carve.contracts.orders.OrderCancelled;
import dev.carve.contracts.orders.OrderConfirmed;
import dev.carve.contracts.orders.OrderPlaced;
import dev.carve.contracts.orders.OrderedLine;

import static dev.carve.runtime.events.MessageFields.instant;
import static dev.carve.runtime.events.MessageFields.present;
import static dev.carve.runtime.events.MessageFields.text;
import static dev.carve.runtime.events.MessageFields.timestamp;
import static dev.carve.runtime.events.MessageFields.uuid;

/**
 * Converts between the orders contract's event records and their protobuf messages. A
 * message that lacks a field its event needs is refused with an
 * {@link IllegalArgumentException} that names the field.
 */
final class OrdersEventMessages {

	private OrdersEventMessages() {
	}

	static dev.carve.contracts.orders.v1.OrderPlaced toMessage(OrderPlaced event) {
		return dev.carve.contracts.orders.v1.OrderPlaced.newBuilder()
			.setEventId(event.eventId().toString())
			.setOrderId(event.orderId().toString())
			.setCustomerId(event.customerId().toString())
			.addAllLines(toMessages(event.lines()))
			.setTotal(OrdersMessages.toMessage(event.total()))
			.setOccurredAt(timestamp(event.occurredAt()))
			.build();
	}

	static OrderPlaced fromMessage(dev.carve.contracts.orders.v1.OrderPlaced message) {
		return new OrderPlaced(uuid(message.getEventId(), "event_id"), uuid(message.getOrderId(), "order_id"),
				uuid(message.getCustomerId(), "customer_id"), fromMessages(message.getLinesList()),
				OrdersMessages.fromMessage(present(message.hasTotal(), message.getTotal(), "total")),
				instant(present(message.hasOccurredAt(), message.getOccurredAt(), "occurred_at")));
	}

	static dev.carve.contracts.orders.v1.OrderConfirmed toMessage(OrderConfirmed event) {
		return dev.carve.contracts.orders.v1.OrderConfirmed.newBuilder()
			.setEventId(event.eventId().toString())
			.setOrderId(event.orderId().toString())
			.setCustomerId(event.customerId().toString())
			.setPaymentId(event.paymentId().toString())
			.addAllLines(toMessages(event.lines()))
			.setTotal(OrdersMessages.toMessage(event.total()))
			.setOccurredAt(timestamp(event.occurredAt()))
			.build();
	}

	static OrderConfirmed fromMessage(dev.carve.contracts.orders.v1.OrderConfirmed message) {
		return new OrderConfirmed(uuid(message.getEventId(), "event_id"), uuid(message.getOrderId(), "order_id"),
				uuid(message.getCustomerId(), "customer_id"), uuid(message.getPaymentId(), "payment_id"),
				fromMessages(message.getLinesList()),
				OrdersMessages.fromMessage(present(message.hasTotal(), message.getTotal(), "total")),
				instant(present(message.hasOccurredAt(), message.getOccurredAt(), "occurred_at")));
	}

	static dev.carve.contracts.orders.v1.OrderCancelled toMessage(OrderCancelled event) {
		var message = dev.carve.contracts.orders.v1.OrderCancelled.newBuilder()
			.setEventId(event.eventId().toString())
			.setOrderId(event.orderId().toString())
			.setCustomerId(event.customerId().toString())
			.addAllLines(toMessages(event.lines()))
			.setReason(event.reason())
			.setOccurredAt(timestamp(event.occurredAt()));
		UUID paymentId = event.paymentId();
		if (paymentId != null) {
			message.setPaymentId(paymentId.toString());
		}
		return message.build();
	}

	/** The event of a message; its {@code payment_id} is optional, the rest required. */
	static OrderCancelled fromMessage(dev.carve.contracts.orders.v1.OrderCancelled message) {
		UUID paymentId = message.hasPaymentId() ? uuid(message.getPaymentId(), "payment_id") : null;
		return new OrderCancelled(uuid(message.getEventId(), "event_id"), uuid(message.getOrderId(), "order_id"),
				uuid(message.getCustomerId(), "customer_id"), paymentId, fromMessages(message.getLinesList()),
				message.getReason(), instant(present(message.hasOccurredAt(), message.getOccurredAt(), "occurred_at")));
	}

	private static List<dev.carve.contracts.orders.v1.OrderedLine> toMessages(List<OrderedLine> lines) {
		return lines.stream()
			.map((line) -> dev.carve.contracts.orders.v1.OrderedLine.newBuilder()
				.setSku(line.sku())
				.setQuantity(line.quantity())
				.setUnitPrice(OrdersMessages.toMessage(line.unitPrice()))
				.build())
			.toList();
	}

	private static List<OrderedLine> fromMessages(List<dev.carve.contracts.orders.v1.OrderedLine> lines) {
		return lines.stream()
			.map((line) -> new OrderedLine(text(line.getSku(), "lines.sku"), line.getQuantity(),
					OrdersMessages.fromMessage(present(line.hasUnitPrice(), line.getUnitPrice(), "lines.unit_price"))))
			.toList();
	}

}
