package dev.carve.cli;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.jspecify.annotations.Nullable;

/**
 * An event record that a consumer of the runtime set aside on its topic's dead-letter
 * topic, {@code <topic>.dlt}: the event's key (a String), value (Protobuf bytes) and
 * headers as they were on its topic, plus Spring Kafka's {@code kafka_dlt-*} headers (the
 * original topic, partition, offset and the exception) and the runtime's {@value #REASON}
 * (why it was set aside).
 *
 * @param topic the dead-letter topic
 * @param partition its partition there
 * @param offset its offset there
 * @param key the event's key, {@code null} when it has none
 * @param value the event, {@code null} when it has none
 * @param headers all its headers, in order
 */
record DeadLetter(String topic, int partition, long offset, byte @Nullable [] key, byte @Nullable [] value,
		List<Header> headers) {

	/** The header with the topic the record was set aside from. */
	static final String ORIGINAL_TOPIC = "kafka_dlt-original-topic";

	/** The start of every header Spring Kafka adds when it sets a record aside. */
	static final String DEAD_LETTER_HEADERS = "kafka_dlt-";

	/** The header with why the runtime set the record aside. */
	static final String REASON = "carve-dead-letter-reason";

	/** The header with the event's id, by which consumers' inboxes drop duplicates. */
	static final String EVENT_ID = "carve-event-id";

	/** The header with the event's type, such as {@code OrderConfirmed}. */
	static final String EVENT_TYPE = "carve-event-type";

	static DeadLetter of(ConsumerRecord<byte[], byte[]> record) {
		return new DeadLetter(record.topic(), record.partition(), record.offset(), record.key(), record.value(),
				List.of(record.headers().toArray()));
	}

	/**
	 * The topic the record was set aside from: its {@value #ORIGINAL_TOPIC} header, else
	 * the dead-letter topic's name without {@code .dlt}.
	 */
	String originalTopic() {
		String original = header(ORIGINAL_TOPIC);
		return (original != null) ? original : DeadLetterTopic.originalTopic(this.topic);
	}

	/** The key as text, {@code null} when the record has none. */
	@Nullable String keyText() {
		return (this.key != null) ? new String(this.key, StandardCharsets.UTF_8) : null;
	}

	/** The last value of a header as text, {@code null} when the record has none. */
	@Nullable String header(String name) {
		Header last = null;
		for (Header header : this.headers) {
			if (header.key().equals(name)) {
				last = header;
			}
		}
		return (last != null && last.value() != null) ? new String(last.value(), StandardCharsets.UTF_8) : null;
	}

	/**
	 * The record as it was on its topic: to the original topic, with the same key and
	 * value and the event's headers, without the headers added when it was set aside.
	 */
	ProducerRecord<byte[], byte[]> replay() {
		List<Header> event = this.headers.stream()
			.filter((header) -> !header.key().startsWith(DEAD_LETTER_HEADERS) && !header.key().equals(REASON))
			.toList();
		return new ProducerRecord<>(originalTopic(), null, this.key, this.value, event);
	}

}
