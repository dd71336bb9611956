package dev.carve.runtime.events;

import java.time.Instant;
import java.util.UUID;

import com.google.protobuf.Timestamp;

/**
 * Reading and writing the fields of a contract's Protobuf messages, for the codecs of
 * events: Protobuf has no required fields, so a decoder names the field a message lacks.
 */
public final class MessageFields {

	private MessageFields() {
	}

	/** An instant as a Protobuf timestamp, to the nanosecond. */
	public static Timestamp timestamp(Instant instant) {
		return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
	}

	/** A Protobuf timestamp as an instant. */
	public static Instant instant(Timestamp timestamp) {
		return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
	}

	/**
	 * A UUID field.
	 * @throws IllegalArgumentException naming the field when it is empty or not a UUID
	 */
	public static UUID uuid(String text, String field) {
		String value = text(text, field);
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(field + " is not a UUID", ex);
		}
	}

	/**
	 * A text field that must not be empty.
	 * @throws IllegalArgumentException naming the field when it is empty
	 */
	public static String text(String text, String field) {
		return present(!text.isEmpty(), text, field);
	}

	/**
	 * A message field that must be set.
	 * @param present the message's {@code has…()} for the field
	 * @throws IllegalArgumentException naming the field when it is not set
	 */
	public static <T> T present(boolean present, T value, String field) {
		if (!present) {
			throw new IllegalArgumentException(field + " is missing");
		}
		return value;
	}

}
