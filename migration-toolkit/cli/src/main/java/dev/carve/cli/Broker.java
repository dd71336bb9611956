package dev.carve.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.ClientDnsLookup;
import org.apache.kafka.clients.ClientUtils;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The Kafka broker the changes travel through.
 *
 * @param bootstrap its bootstrap address, {@code host:port[,host:port…]}
 */
record Broker(String bootstrap) {

	/**
	 * How long a call to a broker that accepts connections may take: also on a loaded
	 * machine, where the command's own client, just started, loads and compiles its
	 * classes while it waits.
	 */
	static final int TIMEOUT_MILLIS = 30_000;

	/** How long opening a connection to a bootstrap address may take. */
	static final int CONNECT_MILLIS = 3_000;

	/**
	 * Checks that one of the bootstrap addresses accepts connections, at once, and that
	 * the broker then answers within {@link #TIMEOUT_MILLIS}.
	 * @return the cluster's id
	 * @throws CarveException {@link Carve#UNREACHABLE} when nothing listens at the
	 * bootstrap addresses or the broker does not answer
	 */
	String check() {
		requireListening();
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
	 * Starts a {@link #check} in a thread of its own, so that the command's own work
	 * overlaps the client's start; the thread has the command's class loader, which the
	 * client loads its classes with.
	 * @return the check, for {@link #await}
	 */
	CompletableFuture<String> checkInBackground() {
		CompletableFuture<String> answered = new CompletableFuture<>();
		Thread.ofPlatform().daemon().name("carve-broker-check").start(() -> {
			try {
				answered.complete(check());
			}
			catch (RuntimeException ex) {
				answered.completeExceptionally(ex);
			}
		});
		return answered;
	}

	/**
	 * Waits for work with the broker on a thread of its own, such as a
	 * {@link #checkInBackground check in the background}.
	 * @return its result: the cluster's id for a check
	 * @throws CarveException as {@link #check} does, or as the work threw it
	 */
	static <T> T await(CompletableFuture<T> check) {
		try {
			return check.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	/**
	 * Fails at once, rather than after the client's timeout, when no bootstrap address
	 * accepts a connection: a broker that is down or a wrong {@code --kafka}.
	 */
	private void requireListening() {
		List<InetSocketAddress> addresses;
		try {
			addresses = ClientUtils.parseAndValidateAddresses(List.of(this.bootstrap.split(",")),
					ClientDnsLookup.USE_ALL_DNS_IPS);
		}
		catch (ConfigException ex) {
			throw unreachable(ex);
		}
		IOException refused = null;
		for (InetSocketAddress address : addresses) {
			try (Socket socket = new Socket()) {
				socket.connect(address, CONNECT_MILLIS);
				return;
			}
			catch (IOException ex) {
				refused = ex;
			}
		}
		throw unreachable(refused);
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
		Throwable cause = (ex instanceof ExecutionException && ex.getCause() != null) ? ex.getCause() : ex;
		String reason = (cause instanceof IOException || cause instanceof ConfigException) ? cause.getMessage()
				: "no answer within " + TIMEOUT_MILLIS / 1000 + " s, " + cause.getClass().getSimpleName();
		return CarveException.unreachable("cannot reach the Kafka broker at " + this.bootstrap + " (" + reason
				+ "). Check that it runs and that --kafka is right.", ex);
	}

}
