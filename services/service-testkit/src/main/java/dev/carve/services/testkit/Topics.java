package dev.carve.services.testkit;

import java.nio.charset.StandardCharsets;

import dev.carve.api.DomainEvent;
import dev.carve.runtime.events.ModuleEvents;
import dev.carve.runtime.events.kafka.EventRecordHeaders;
import dev.carve.testkit.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Events on the test JVM's Kafka broker, as a module's relay writes them and its
 * consumers read them; raw records, reads and consumer groups are {@link TopicRecords}'s.
 * Needs {@code spring-kafka-test} on the test class path.
 */
public final class Topics {

	private Topics() {
	}

	/**
	 * Writes an event as the relay of the module that publishes it does: to topic
	 * {@code carve.<module>.<Event>}, keyed by the event's aggregate key, the contract's
	 * message as the value, the occurrence time as the timestamp, with the
	 * {@link EventRecordHeaders} event id, type and occurrence time. Acknowledged before
	 * this returns.
	 * @param events the publishing module's events, such as
	 * {@code OrdersEventCodecs.moduleEvents()}
	 * @param event an event of one of their types
	 * @return the topic written to
	 */
	public static String publish(ModuleEvents events, DomainEvent event) {
		String topic = events.topic(event.getClass());
		RecordHeaders headers = new RecordHeaders();
		headers.add(EventRecordHeaders.EVENT_ID, bytes(event.eventId().toString()));
		headers.add(EventRecordHeaders.EVENT_TYPE, bytes(event.getClass().getSimpleName()));
		headers.add(EventRecordHeaders.OCCURRED_AT, bytes(event.occurredAt().toString()));
		TopicRecords.write(new ProducerRecord<>(topic, null, event.occurredAt().toEpochMilli(), event.aggregateKey(),
				encode(events, event), headers));
		return topic;
	}

	/**
	 * The event a record holds, read with the publishing module's codec.
	 * @param events the publishing module's events
	 * @param type the event type the record's topic carries
	 * @param record the record
	 * @return the event
	 */
	public static <E extends DomainEvent> E event(ModuleEvents events, Class<E> type,
			ConsumerRecord<String, byte[]> record) {
		return events.codec(type).decode(record.value());
	}

	@SuppressWarnings("unchecked")
	private static <E extends DomainEvent> byte[] encode(ModuleEvents events, E event) {
		return events.codec((Class<E>) event.getClass()).encode(event);
	}

	private static byte[] bytes(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

}
