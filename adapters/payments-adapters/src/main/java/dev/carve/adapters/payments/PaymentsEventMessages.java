package dev.carve.adapters.payments;

import java.time.Instant;
import java.util.UUID;

import com.google.protobuf.Timestamp;
import dev.carve.contracts.payments.PaymentCaptured;
import dev.carve.contracts.payments.PaymentFailed;

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
