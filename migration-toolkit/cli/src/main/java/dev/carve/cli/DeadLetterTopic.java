package dev.carve.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;

/**
 * A dead-letter topic, {@code <topic>.dlt}, and the replay of its records. Reading takes
 * every record from the beginning of each partition up to the end it had when reading
 * started, by assigned partitions and without a consumer group, so it ends and changes
 * nothing on the broker; the topic keeps its records.
 */
final class DeadLetterTopic {

	/** How every dead-letter topic's name ends. */
	static final String SUFFIX = ".dlt";

	private final Broker broker;

	private final String name;

	/**
	 * @param broker the broker the topic is on
	 * @param name the topic's name, ending in {@value #SUFFIX}
	 * @throws CarveException {@link Carve#REFUSED} when the name does not end in
	 * {@value #SUFFIX}
	 */
	DeadLetterTopic(Broker broker, String name) {
		if (!name.endsWith(SUFFIX) || name.length() == SUFFIX.length()) {
			throw CarveException.refused(name + " is not a dead-letter topic: pass the topic's name with " + SUFFIX
					+ ", such as " + name + SUFFIX);
		}
		this.broker = broker;
		this.name = name;
	}

	/** The topic a dead-letter topic's records were set aside from, by its name. */
	static String originalTopic(String deadLetterTopic) {
		return deadLetterTopic.endsWith(SUFFIX)
				? deadLetterTopic.substring(0, deadLetterTopic.length() - SUFFIX.length()) : deadLetterTopic;
	}

	String name() {
		return this.name;
	}

	/**
	 * Every record on the topic now, by partition and offset.
	 * @throws CarveException {@link Carve#REFUSED} when the topic does not exist,
	 * {@link Carve#UNREACHABLE} when the broker stops answering
	 */
	List<DeadLetter> read() {
		List<TopicPartition> partitions = this.broker.partitions(this.name);
		if (partitions.isEmpty()) {
			throw CarveException.refused("the broker has no topic " + this.name
					+ ": check its name (carve.<module>.<Event>.dlt) and --kafka");
		}
		List<DeadLetter> read = new ArrayList<>();
		try (KafkaConsumer<byte[], byte[]> consumer = this.broker.consumer()) {
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofMillis(Broker.TIMEOUT_MILLIS));
			long lastRead = System.nanoTime();
			while (!readTo(consumer, ends)) {
				for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
					if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
						read.add(DeadLetter.of(record));
						lastRead = System.nanoTime();
					}
				}
				if (System.nanoTime() - lastRead > Duration.ofMillis(Broker.TIMEOUT_MILLIS).toNanos()) {
					throw CarveException.unreachable(
							"the Kafka broker stopped answering while " + this.name + " was read; nothing was replayed",
							null);
				}
			}
		}
		read.sort(Comparator.comparingInt(DeadLetter::partition).thenComparingLong(DeadLetter::offset));
		return read;
	}

	private static boolean readTo(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> ends) {
		return ends.entrySet().stream().allMatch((end) -> consumer.position(end.getKey()) >= end.getValue());
	}

	/**
	 * Writes records back to their original topics with an idempotent producer, waiting
	 * until all in-sync replicas have every one.
	 * @throws CarveException {@link Carve#FAILED} when any could not be written
	 */
	void replay(List<DeadLetter> letters) throws InterruptedException {
		if (letters.isEmpty()) {
			return;
		}
		List<Future<RecordMetadata>> sent = new ArrayList<>();
		int failed = 0;
		@Nullable Throwable failure = null;
		try (KafkaProducer<byte[], byte[]> producer = this.broker.producer()) {
			for (DeadLetter letter : letters) {
				sent.add(producer.send(letter.replay()));
			}
			producer.flush();
			for (Future<RecordMetadata> written : sent) {
				try {
					written.get();
				}
				catch (ExecutionException ex) {
					failed++;
					failure = ex.getCause();
				}
			}
		}
		catch (KafkaException ex) {
			failed = letters.size() - sent.size();
			failure = ex;
		}
		if (failure != null) {
			throw CarveException.failed(failed + " of the " + letters.size() + " records of " + this.name
					+ " could not be written back (" + failure + "); run the replay again: consumers drop the"
					+ " events they have applied already", failure);
		}
	}

}
