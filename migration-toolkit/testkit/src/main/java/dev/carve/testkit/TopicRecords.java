package dev.carve.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Reads a topic of the {@link TestKafka} broker from its start, and writes raw records to
 * it, as a client outside the application would.
 */
public final class TopicRecords {

	private TopicRecords() {
	}

	/**
	 * Reads every record of a topic until {@code until} holds for what was read or the
	 * time is up.
	 */
	public static List<ConsumerRecord<String, byte[]>> read(String topic,
			Predicate<List<ConsumerRecord<String, byte[]>>> until, Duration within) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
				TestKafka.shared().bootstrapServers(), ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
				StringDeserializer.class, ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		List<ConsumerRecord<String, byte[]>> read = new ArrayList<>();
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
			Instant deadline = Instant.now().plus(within);
			List<TopicPartition> partitions = List.of();
			while (partitions.isEmpty() && Instant.now().isBefore(deadline)) {
				partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5))
					.stream()
					.map((info) -> new TopicPartition(topic, info.partition()))
					.toList();
			}
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			while (!until.test(read) && Instant.now().isBefore(deadline)) {
				consumer.poll(Duration.ofMillis(200)).forEach(read::add);
			}
		}
		return read;
	}

	/** Writes one record with any bytes, acknowledged before this returns. */
	public static void write(String topic, String key, byte[] value) throws Exception {
		Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
				TestKafka.shared().bootstrapServers(), ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
				StringSerializer.class, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
			producer.send(new ProducerRecord<>(topic, key, value)).get();
		}
	}

	/** A header's value as text, or {@code null} without it. */
	public static String header(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

}
