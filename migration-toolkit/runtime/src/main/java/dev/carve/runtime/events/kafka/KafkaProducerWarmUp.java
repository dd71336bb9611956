package dev.carve.runtime.events.kafka;

import java.util.Collection;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Makes the events' Kafka producer, and fetches the metadata of the topics this process
 * publishes to, once the application is ready, on a virtual thread of its own. The
 * relay's first event then goes out over a producer that is connected already, instead of
 * waiting while one is made (its classes loaded, a connection opened, metadata fetched) —
 * which otherwise happens at the first event after a start, or when a process starts
 * serving a module at a cutover, on a machine that is busiest then. A broker that cannot
 * be reached costs nothing more: the thread gives up after the producer's own wait
 * ({@code max.block.ms}), and the relay waits for the broker as before.
 */
final class KafkaProducerWarmUp implements ApplicationListener<ApplicationReadyEvent> {

	private static final Log logger = LogFactory.getLog(KafkaProducerWarmUp.class);

	private final KafkaTemplate<String, byte[]> template;

	private final List<String> topics;

	/**
	 * @param template the events' template
	 * @param topics the topics of the modules that run in this process
	 */
	KafkaProducerWarmUp(KafkaTemplate<String, byte[]> template, Collection<String> topics) {
		this.template = template;
		this.topics = List.copyOf(topics);
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		if (!this.topics.isEmpty()) {
			Thread.ofVirtual().name("carve-kafka-warm-up").start(this::warmUp);
		}
	}

	/**
	 * Makes the producer and fetches each topic's partitions; stops at the first failure.
	 */
	void warmUp() {
		for (String topic : this.topics) {
			try {
				this.template.partitionsFor(topic);
			}
			catch (RuntimeException ex) {
				// A broker that is down, a producer closed as the application stops.
				logger.debug("The events' Kafka producer could not be made ready for " + topic + " yet: " + ex);
				return;
			}
		}
	}

}
