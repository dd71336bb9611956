package dev.carve.cli;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * A topic of {@code OrderConfirmed} events, named for one test, whose consumer set three
 * records aside on its dead-letter topic as the runtime does: {@code order-1} and
 * {@code order-3} on partition 0, {@code order-2} on partition 1, each with the event's
 * headers, Spring Kafka's {@code kafka_dlt-*} headers and the reason.
 */
final class DeadLetteredOrders {

	/** The original topic. */
	final String topic = "carve.test-" + UUID.randomUUID().toString().substring(0, 8) + ".OrderConfirmed";

	/** The dead-letter topic. */
	final String deadLetterTopic = this.topic + ".dlt";

	/** The events' ids, by key. */
	final Map<String, String> ids = Map.of("order-1", UUID.randomUUID().toString(), "order-2",
			UUID.randomUUID().toString(), "order-3", UUID.randomUUID().toString());

	private final Map<String, Object> kafka = Map.of("bootstrap.servers", Servers.kafka());

	/** Creates both topics and sets the three records aside. */
	DeadLetteredOrders setAside() throws Exception {
		return setAside(List.of(new NewTopic(this.topic, Optional.of(1), Optional.empty()),
				new NewTopic(this.deadLetterTopic, Optional.of(2), Optional.empty())));
	}

	/**
	 * Sets the three records aside on a dead-letter topic whose original topic is gone.
	 */
	DeadLetteredOrders setAsideWithoutTheirTopic() throws Exception {
		return setAside(List.of(new NewTopic(this.deadLetterTopic, Optional.of(2), Optional.empty())));
	}

	private DeadLetteredOrders setAside(List<NewTopic> topics) throws Exception {
		try (Admin admin = Admin.create(this.kafka)) {
			admin.createTopics(topics).all().get(30, TimeUnit.SECONDS);
		}
		try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(this.kafka, new ByteArraySerializer(),
				new ByteArraySerializer())) {
			producer.send(deadLetter(0, "order-1", 0)).get();
			producer.send(deadLetter(0, "order-3", 2)).get();
			producer.send(deadLetter(1, "order-2", 1)).get();
		}
		return this;
	}

	private ProducerRecord<byte[], byte[]> deadLetter(int partition, String key, long originalOffset) {
		RecordHeaders headers = new RecordHeaders();
		headers.add("carve-event-id", text(this.ids.get(key)));
		headers.add("carve-event-type", text("OrderConfirmed"));
		headers.add("carve-occurred-at", text("2026-11-30T10:15:30Z"));
		headers.add("traceparent", text(traceParent(key)));
		headers.add("kafka_dlt-original-topic", text(this.topic));
		headers.add("kafka_dlt-original-partition", ByteBuffer.allocate(4).putInt(0).array());
		headers.add("kafka_dlt-original-offset", ByteBuffer.allocate(8).putLong(originalOffset).array());
		headers.add("kafka_dlt-exception-fqcn",
				text("org.springframework.kafka.listener.ListenerExecutionFailedException"));
		headers.add("kafka_dlt-exception-message", text("Listener failed"));
		headers.add("kafka_dlt-exception-stacktrace", text("java.lang.IllegalStateException: unknown order " + key));
		headers.add("carve-dead-letter-reason", text("java.lang.IllegalStateException: unknown order " + key));
		return new ProducerRecord<>(this.deadLetterTopic, partition, text(key), value(key), headers);
	}

	/** The event's Protobuf bytes, with bytes that are not text. */
	static byte[] value(String key) {
		return ByteBuffer.allocate(4 + key.length())
			.put(new byte[] { 0x0a, (byte) key.length() })
			.put(text(key))
			.put(new byte[] { (byte) 0xff, (byte) 0x80 })
			.array();
	}

	static String traceParent(String key) {
		return "00-4bf92f3577b34da6a3ce929d0e0e47" + key.substring(key.length() - 2).replace("-", "0")
				+ "-00f067aa0ba902b7-01";
	}

	/** Every record on the original topic now. */
	List<ConsumerRecord<byte[], byte[]>> replayed() {
		TopicPartition partition = new TopicPartition(this.topic, 0);
		List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
		try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(this.kafka, new ByteArrayDeserializer(),
				new ByteArrayDeserializer())) {
			consumer.assign(List.of(partition));
			consumer.seekToBeginning(List.of(partition));
			long end = consumer.endOffsets(List.of(partition)).get(partition);
			while (consumer.position(partition) < end) {
				consumer.poll(Duration.ofMillis(100)).forEach(records::add);
			}
		}
		return records;
	}

	static byte[] text(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

}
