package dev.carve.runtime.events.kafka;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Events over Kafka, under {@code carve.events.kafka}. The broker itself is Spring
 * Kafka's {@code spring.kafka.bootstrap-servers}.
 *
 * @param enabled whether this process publishes its modules' events to Kafka and consumes
 * the events of modules that run elsewhere
 * @param topics how the topics this process declares are created
 * @param producer how events are published
 * @param consumer how events are consumed
 */
@ConfigurationProperties("carve.events.kafka")
public record KafkaEventsProperties(boolean enabled, @DefaultValue Topics topics, @DefaultValue Producer producer,
		@DefaultValue Consumer consumer) {

	/**
	 * The topics this process publishes to and consumes from, created when missing. Every
	 * process must declare the same partition count: more partitions for an existing
	 * topic would move keys and break their order.
	 *
	 * @param partitions partitions per topic
	 * @param replicationFactor replicas per partition; {@code -1} takes the broker's
	 * default
	 */
	public record Topics(@DefaultValue("3") int partitions, @DefaultValue("-1") short replicationFactor) {
	}

	/**
	 * @param sendTimeout how long one publish may take, waiting for the broker's metadata
	 * and acknowledgement included, before the broker is taken for unavailable
	 */
	public record Producer(@DefaultValue("10s") Duration sendTimeout) {
	}

	/**
	 * @param groupId the consumer group; defaults to {@code spring.application.name}, so
	 * that the instances of one deployable share the work and each deployable gets every
	 * event
	 * @param concurrency consumers per process
	 * @param maxAttempts how often a record whose listener fails for an unforeseen reason
	 * is tried before it goes to the dead-letter topic {@code <topic>.dlt}; a record
	 * whose listener finds the database or another module out of reach is retried without
	 * limit, one that cannot be decoded or that a business rule refuses goes there at
	 * once
	 * @param initialBackoff the wait before the second attempt; it doubles with every
	 * further attempt
	 * @param maxBackoff the longest wait between two attempts
	 */
	public record Consumer(@Nullable String groupId, @DefaultValue("1") int concurrency,
			@DefaultValue("10") int maxAttempts, @DefaultValue("1s") Duration initialBackoff,
			@DefaultValue("30s") Duration maxBackoff) {
	}

}
