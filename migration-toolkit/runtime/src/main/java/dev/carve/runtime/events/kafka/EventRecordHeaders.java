package dev.carve.runtime.events.kafka;

/**
 * The headers of every event record. The key is the event's aggregate key, the value its
 * contract's Protobuf message.
 */
public final class EventRecordHeaders {

	/** The event's id, a UUID; consumers' inboxes deduplicate by it. */
	public static final String EVENT_ID = "carve-event-id";

	/**
	 * The event's type, its contract record's simple name, e.g. {@code OrderConfirmed}.
	 */
	public static final String EVENT_TYPE = "carve-event-type";

	/** When the event happened, ISO-8601. */
	public static final String OCCURRED_AT = "carve-occurred-at";

	/** The W3C trace context of the transaction that published the event. */
	public static final String TRACE_PARENT = "traceparent";

	/**
	 * On a dead-letter record: why it was set aside, the innermost exception's class and
	 * message. Spring Kafka's {@code kafka_dlt-*} headers add the original topic,
	 * partition, offset and stack trace.
	 */
	public static final String DEAD_LETTER_REASON = "carve-dead-letter-reason";

	private EventRecordHeaders() {
	}

}
