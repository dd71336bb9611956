package dev.carve.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
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
import org.jspecify.annotations.Nullable;

/**
 * Reads topics of the {@link TestKafka} broker from their start, writes raw records to
 * them and asks it about consumer groups, as a client outside the application would.
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
		List<ConsumerRecord<String, byte[]>> read = new ArrayList<>();
		Instant deadline = Instant.now().plus(within);
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig())) {
			List<TopicPartition> partitions = List.of();
			while (partitions.isEmpty() && Instant.now().isBefore(deadline)) {
				partitions = consumer.partitionsFor(topic, Duration.ofSeconds(2))
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

	/**
	 * The first record of a topic that matches, reading every partition from its start
	 * until one turns up.
	 * @throws AssertionError when none turned up within the time given
	 */
	public static ConsumerRecord<String, byte[]> first(String topic, Predicate<ConsumerRecord<String, byte[]>> matching,
			Duration within) {
		return read(topic, (records) -> records.stream().anyMatch(matching), within).stream()
			.filter(matching)
			.findFirst()
			.orElseThrow(() -> new AssertionError("No matching record on " + topic + " within " + within));
	}

	/**
	 * Writes one record with any value and no headers, acknowledged before this returns.
	 */
	public static void write(String topic, String key, byte[] value) {
		write(new ProducerRecord<>(topic, key, value));
	}

	/** Writes one record, acknowledged before this returns. */
	public static void write(ProducerRecord<String, byte[]> record) {
		Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
				TestKafka.shared().bootstrapServers(), ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
				StringSerializer.class, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
			producer.send(record).get();
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Could not write to " + record.topic(), ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A header's value as text, or {@code null} without it. */
	public static @Nullable String header(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	/**
	 * The topics the members of a consumer group are assigned now, as the broker tells an
	 * operator; empty while the group has no member.
	 */
	public static Set<String> assignedTopics(String group) {
		try (Admin admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.shared().bootstrapServers()))) {
			ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group))
				.describedGroups()
				.get(group)
				.get();
			Set<String> topics = new TreeSet<>();
			for (MemberDescription member : description.members()) {
				member.assignment().topicPartitions().forEach((partition) -> topics.add(partition.topic()));
			}
			return topics;
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Could not describe consumer group " + group, ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, Object> consumerConfig() {
		return Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.shared().bootstrapServers(),
				ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
				ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
	}

}
