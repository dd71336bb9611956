package dev.carve.runtime.events.kafka;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import dev.carve.testkit.TestKafka;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warm-up against the test JVM's Kafka broker: it makes the one producer the relay
 * sends with, before any event is sent, and a broker that cannot be reached fails
 * nothing.
 */
class KafkaProducerWarmUpIntegrationTests {

	@Test
	void makesTheRelaysProducerBeforeAnyEventIsSent() {
		AtomicInteger made = new AtomicInteger();
		DefaultKafkaProducerFactory<String, byte[]> producers = producers(TestKafka.shared().bootstrapServers(), made);
		try {
			new KafkaProducerWarmUp(new KafkaTemplate<>(producers), List.of("carve.warmup.Made")).warmUp();
			assertThat(made).hasValue(1);
			new KafkaTemplate<>(producers).send("carve.warmup.Made", "key", new byte[] { 1 }).join();
			assertThat(made).as("producers made once the first record was sent").hasValue(1);
		}
		finally {
			producers.destroy();
		}
	}

	@Test
	void aBrokerThatCannotBeReachedFailsNothing() {
		DefaultKafkaProducerFactory<String, byte[]> producers = producers("127.0.0.1:1", new AtomicInteger());
		try {
			new KafkaProducerWarmUp(new KafkaTemplate<>(producers), List.of("carve.warmup.Unreachable")).warmUp();
		}
		finally {
			producers.destroy();
		}
	}

	private static DefaultKafkaProducerFactory<String, byte[]> producers(String bootstrapServers, AtomicInteger made) {
		DefaultKafkaProducerFactory<String, byte[]> producers = new DefaultKafkaProducerFactory<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.MAX_BLOCK_MS_CONFIG,
						1000, ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
						ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
		producers.addListener(new ProducerFactory.Listener<>() {

			@Override
			public void producerAdded(String id, Producer<String, byte[]> producer) {
				made.incrementAndGet();
			}

		});
		return producers;
	}

}
