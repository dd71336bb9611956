package dev.carve.cli;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.jspecify.annotations.Nullable;

/**
 * A module's change topic: one partition (the source's commit order), kept until the move
 * is aborted, stored as written (uncompressed); and the clients that write and read it.
 */
final class ChangeTopic {

	private final Broker broker;

	private final MoveNames names;

	ChangeTopic(Broker broker, MoveNames names) {
		this.broker = broker;
		this.names = names;
	}

	/**
	 * Creates the topic unless it exists, on a thread of its own once the broker
	 * answered, while the command goes on; {@link Broker#await} waits for it and throws
	 * what it threw.
	 */
	CompletableFuture<@Nullable Void> createOnceAnswered(CompletableFuture<String> brokerAnswered) {
		return brokerAnswered.thenRunAsync(() -> {
			try {
				create();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new CompletionException(ex);
			}
		}, (work) -> Thread.ofPlatform().daemon().name("carve-topic").start(work));
	}

	/** Creates the topic unless it exists. */
	void create() throws InterruptedException {
		NewTopic topic = new NewTopic(this.names.topic(), Optional.of(1), Optional.empty())
			// Stored as the producer writes it (uncompressed), whatever the broker's
			// default compression: the jar has no native codecs (ADR 30).
			.configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1", TopicConfig.COMPRESSION_TYPE_CONFIG, "producer"));
		try (Admin admin = Admin.create(this.broker.adminConfig())) {
			admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
		}
		catch (ExecutionException ex) {
			if (!(ex.getCause() instanceof TopicExistsException)) {
				throw CarveException.failed("cannot create topic " + this.names.topic() + ": " + ex.getCause(), ex);
			}
		}
		catch (java.util.concurrent.TimeoutException ex) {
			throw CarveException.unreachable("the Kafka broker did not create topic " + this.names.topic(), ex);
		}
	}

	/** Deletes the topic if it exists. */
	void delete() {
		try (Admin admin = Admin.create(this.broker.adminConfig())) {
			admin.deleteTopics(List.of(this.names.topic())).all().get(30, TimeUnit.SECONDS);
		}
		catch (ExecutionException ex) {
			if (!(ex.getCause() instanceof UnknownTopicOrPartitionException)) {
				throw CarveException.failed("cannot delete topic " + this.names.topic() + ": " + ex.getCause(), ex);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (java.util.concurrent.TimeoutException ex) {
			throw CarveException.unreachable("the Kafka broker did not delete topic " + this.names.topic(), ex);
		}
	}

	/** A producer that writes each record once, in order, without delay. */
	KafkaProducer<byte[], byte[]> producer() {
		return this.broker.producer();
	}

	/** A consumer that reads from offsets it is given, never committing its own. */
	KafkaConsumer<byte[], byte[]> consumer() {
		return this.broker.consumer();
	}

}
