package dev.carve.runtime.events.kafka;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

import dev.carve.api.DomainEvent;
import dev.carve.runtime.events.EventTransport;
import dev.carve.runtime.events.OutboxRecord;
import dev.carve.runtime.events.TransportUnavailableException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.header.internals.RecordHeaders;

import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes outbox events to Kafka: topic {@code carve.<module>.<Event>}, key the
 * aggregate key, value the contract's Protobuf message, {@link EventRecordHeaders}.
 * Delivery completes when the broker acknowledged the record (idempotent producer,
 * {@code acks=all}), so the relay marks an event sent only then. A broker that cannot be
 * reached within the send timeout makes the delivery fail with
 * {@link TransportUnavailableException}; an event type without a codec in this process
 * fails its delivery and holds back its key until the module's adapters are added.
 */
public final class KafkaEventTransport implements EventTransport {

	private final KafkaTemplate<String, byte[]> template;

	private final EventTopics topics;

	public KafkaEventTransport(KafkaTemplate<String, byte[]> template, EventTopics topics) {
		this.template = template;
		this.topics = topics;
	}

	@Override
	public CompletableFuture<?> deliver(OutboxRecord record, DomainEvent event) {
		try {
			EventTopics.Route route = this.topics.routeOf(event.getClass())
				.orElseThrow(() -> new IllegalStateException("No codec for " + event.getClass().getName()
						+ " in this process: add the adapters of module " + record.module()));
			ProducerRecord<String, byte[]> message = new ProducerRecord<>(route.topic(), null,
					event.occurredAt().toEpochMilli(), record.aggregateKey(), route.encode(event),
					headers(record, event));
			return this.template.send(message)
				.exceptionallyCompose((failure) -> CompletableFuture.failedFuture(classify(failure, route.topic())));
		}
		catch (RuntimeException ex) {
			return CompletableFuture.failedFuture(classify(ex, record.module()));
		}
	}

	private static RecordHeaders headers(OutboxRecord record, DomainEvent event) {
		RecordHeaders headers = new RecordHeaders();
		headers.add(EventRecordHeaders.EVENT_ID, bytes(record.eventId().toString()));
		headers.add(EventRecordHeaders.EVENT_TYPE, bytes(simpleName(record.eventType())));
		headers.add(EventRecordHeaders.OCCURRED_AT, bytes(event.occurredAt().toString()));
		if (record.traceParent() != null) {
			headers.add(EventRecordHeaders.TRACE_PARENT, bytes(record.traceParent()));
		}
		return headers;
	}

	private static String simpleName(String className) {
		return className.substring(className.lastIndexOf('.') + 1);
	}

	private static byte[] bytes(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A broker that is down or unreachable is an outage; anything else is this event's.
	 */
	private static Throwable classify(Throwable failure, String destination) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof RetriableException) {
				return new TransportUnavailableException("Kafka unavailable for " + destination + ": " + cause,
						failure);
			}
		}
		return failure;
	}

}
