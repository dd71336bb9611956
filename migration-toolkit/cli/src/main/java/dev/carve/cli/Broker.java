package dev.carve.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The Kafka broker the changes travel through.
 *
 * @param bootstrap its bootstrap address, {@code host:port[,host:port…]}
 */
record Broker(String bootstrap) {

	/** How long a call to the broker may take, also on a loaded machine. */
	static final int TIMEOUT_MILLIS = 10_000;

	/**
	 * Checks that the broker answers within {@link #TIMEOUT_MILLIS}.
	 * @return the cluster's id
	 * @throws CarveException {@link Carve#UNREACHABLE} when it does not answer
	 */
	String check() {
		try (Admin admin = Admin.create(adminConfig())) {
			return admin.describeCluster().clusterId().get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw unreachable(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw unreachable(ex);
		}
		catch (org.apache.kafka.common.KafkaException ex) {
			throw unreachable(ex);
		}
	}

	/**
	 * The partitions of a topic.
	 * @param topic the topic's name
	 * @return its partitions, none when the topic does not exist
	 * @throws CarveException {@link Carve#UNREACHABLE} when the broker does not answer
	 */
	List<TopicPartition> partitions(String topic) {
		try (Admin admin = Admin.create(adminConfig())) {
			TopicDescription description = admin.describeTopics(List.of(topic))
				.allTopicNames()
				.get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)
				.get(topic);
			return description.partitions()
				.stream()
				.map((partition) -> new TopicPartition(topic, partition.partition()))
				.toList();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof UnknownTopicOrPartitionException) {
				return List.of();
			}
			throw unreachable(ex);
		}
		catch (TimeoutException ex) {
			throw unreachable(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw unreachable(ex);
		}
	}

	/** A producer that writes each record once, in order, without delay. */
	KafkaProducer<byte[], byte[]> producer() {
		Map<String, Object> config = new HashMap<>(adminConfig());
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
		config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, TIMEOUT_MILLIS);
		return new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
	}

	/** A consumer that reads from offsets it is given, never committing its own. */
	KafkaConsumer<byte[], byte[]> consumer() {
		Map<String, Object> config = new HashMap<>(adminConfig());
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
	}

	/** Client settings every Kafka client of the command starts from. */
	Map<String, Object> adminConfig() {
		return Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrap,
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MILLIS,
				AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MILLIS,
				AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
	}

	private CarveException unreachable(Exception ex) {
		return CarveException.unreachable(
				"cannot reach the Kafka broker at " + this.bootstrap
						+ ". Check that it runs and that --kafka is right (" + ex.getClass().getSimpleName() + ").",
				ex);
	}

}
