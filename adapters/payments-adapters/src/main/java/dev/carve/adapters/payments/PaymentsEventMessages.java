package dev.carve.adapters.payments;

import dev.carve.contracts.payments.PaymentCaptured;
import dev.carve.contracts.payments.PaymentFailed;

import static dev.carve.runtime.events.MessageFields.instant;
import static dev.carve.runtime.events.MessageFields.present;
import static dev.carve.runtime.events.MessageFields.text;
import static dev.carve.runtime.events.MessageFields.timestamp;
import static dev.carve.runtime.events.MessageFields.uuid;

/**
 * Converts between the payments contract's event records and their protobuf messages. A
 * message that lacks a field its event needs is refused with an
 * {@link IllegalArgumentException} that names the field.
 */
final class PaymentsEventMessages {

	private PaymentsEventMessages() {
	}

	static dev.carve.contracts.payments.v1.PaymentCaptured toMessage(PaymentCaptured event) {
		return dev.carve.contracts.payments.v1.PaymentCaptured.newBuilder()
			.setEventId(event.eventId().toString())
			.setPaymentId(event.paymentId().toString())
			.setOrderId(event.orderId().toString())
			.setAmount(PaymentsMessages.toMessage(event.amount()))
			.setOccurredAt(timestamp(event.occurredAt()))
			.build();
	}

	static PaymentCaptured fromMessage(dev.carve.contracts.payments.v1.PaymentCaptured message) {
		return new PaymentCaptured(uuid(message.getEventId(), "event_id"), uuid(message.getPaymentId(), "payment_id"),
				uuid(message.getOrderId(), "order_id"),
				PaymentsMessages.fromMessage(present(message.hasAmount(), message.getAmount(), "amount")),
				instant(present(message.hasOccurredAt(), message.getOccurredAt(), "occurred_at")));
	}

	static dev.carve.contracts.payments.v1.PaymentFailed toMessage(PaymentFailed event) {
		return dev.carve.contracts.payments.v1.PaymentFailed.newBuilder()
			.setEventId(event.eventId().toString())
			.setPaymentId(event.paymentId().toString())
			.setOrderId(event.orderId().toString())
			.setReason(event.reason())
			.setOccurredAt(timestamp(event.occurredAt()))
			.build();
	}

	static PaymentFailed fromMessage(dev.carve.contracts.payments.v1.PaymentFailed message) {
		return new PaymentFailed(uuid(message.getEventId(), "event_id"), uuid(message.getPaymentId(), "payment_id"),
				uuid(message.getOrderId(), "order_id"), message.getReason(),
				instant(present(message.hasOccurredAt(), message.getOccurredAt(), "occurred_at")));
	}

}
