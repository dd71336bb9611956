package dev.carve.adapters.identity;

import java.time.Instant;
import java.util.UUID;

import com.google.protobuf.Timestamp;
import dev.carve.contracts.identity.CustomerRegistered;

/**
 * Converts between the identity contract's event records and their protobuf messages. A
 * message that lacks a field its event needs is refused with an
 * {@link IllegalArgumentException} that names the field.
 */
final class IdentityEventMessages {

	private IdentityEventMessages() {
	}

	static dev.carve.contracts.identity.v1.CustomerRegistered toMessage(CustomerRegistered event) {
		return dev.carve.contracts.identity.v1.CustomerRegistered.newBuilder()
			.setEventId(event.eventId().toString())
			.setCustomerId(event.customerId().toString())
			.setEmail(event.email())
			.setName(event.name())
			.setOccurredAt(timestamp(event.occurredAt()))
			.build();
	}

	static CustomerRegistered fromMessage(dev.carve.contracts.identity.v1.CustomerRegistered message) {
		return new CustomerRegistered(uuid(message.getEventId(), "event_id"),
				uuid(message.getCustomerId(), "customer_id"), text(message.getEmail(), "email"), message.getName(),
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
