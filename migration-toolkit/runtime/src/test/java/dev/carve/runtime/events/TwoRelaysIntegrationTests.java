package dev.carve.runtime.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import dev.carve.runtime.events.kafka.KafkaEventTransport;
import dev.carve.runtime.events.kafka.KafkaProducerTest;
import dev.carve.testkit.TopicRecords;
import dev.carve.runtime.module.ModuleDefinition;
import dev.carve.runtime.module.RouteLookup;
import dev.carve.runtime.sample.SampleService;
import dev.carve.runtime.samplecontract.SampleEvents;
import dev.carve.runtime.samplecontract.SampleHappened;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A second relay, as on a second instance of the application, on the same outbox: every
 * event reaches the topic once, in order per key.
 */
@KafkaProducerTest
class TwoRelaysIntegrationTests {

	static final int KEYS = 5;

	static final int EVENTS_PER_KEY = 30;

	@Autowired
	SampleService service;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ModuleDefinition sampleModule;

	@Autowired
	KafkaEventTransport kafka;

	@Autowired
	EventSerializer serializer;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void twoRelaysOnOneOutboxPublishEveryEventOnceInOrderPerKey() throws Exception {
		SimpleMeterRegistry secondMeters = new SimpleMeterRegistry();
		OutboxTable outbox = new OutboxTable(this.jdbc, this.sampleModule);
		OutboxRelay second = new OutboxRelay(List.of(outbox), List.of(this.kafka), this.serializer,
				this.transactionManager,
				new EventsProperties.Relay(true, Duration.ofMillis(20), 7, Duration.ofMillis(50),
						Duration.ofMillis(200), Duration.ofMillis(500), Duration.ofSeconds(10), Duration.ofDays(1), 20,
						Duration.ofDays(30), 1000),
				new OutboxMetrics(secondMeters, List.of(outbox)), RouteLookup.alwaysServing());
		second.start();
		String run = UUID.randomUUID().toString().substring(0, 8);
		List<String> keys = IntStream.range(0, KEYS).mapToObj((i) -> "k-relays-" + i + "-" + run).toList();
		try (ExecutorService writers = Executors.newFixedThreadPool(KEYS)) {
			for (String key : keys) {
				writers.submit(() -> IntStream.rangeClosed(1, EVENTS_PER_KEY)
					.forEach((seq) -> this.service.createThing(UUID.randomUUID().toString(),
							SampleHappened.of(key, seq), false)));
			}
		}
		await().atMost(Duration.ofSeconds(60)).until(() -> unsent(keys) == 0);
		second.stop();
		Set<String> wanted = Set.copyOf(keys);
		List<ConsumerRecord<String, byte[]>> records = TopicRecords.read("carve.sample.SampleHappened",
				(read) -> read.stream().filter((r) -> wanted.contains(r.key())).count() >= KEYS * EVENTS_PER_KEY,
				Duration.ofSeconds(30));
		Map<String, List<Integer>> published = new LinkedHashMap<>();
		EventCodec<SampleHappened> codec = SampleEvents.moduleEvents().codec(SampleHappened.class);
		for (ConsumerRecord<String, byte[]> record : records) {
			if (wanted.contains(record.key())) {
				SampleHappened event = codec.decode(record.value());
				published.computeIfAbsent(record.key(), (key) -> new ArrayList<>()).add(event.seq());
			}
		}
		List<Integer> expected = IntStream.rangeClosed(1, EVENTS_PER_KEY).boxed().toList();
		for (String key : keys) {
			assertThat(published.get(key)).as("records of %s on the topic", key).isEqualTo(expected);
		}
		double bySecond = secondMeters.find("carve.outbox.published")
			.counters()
			.stream()
			.mapToDouble((c) -> c.count())
			.sum();
		System.out.printf("two relays: %d events, %.0f published by the second relay%n", KEYS * EVENTS_PER_KEY,
				bySecond);
	}

	private int unsent(List<String> keys) {
		return keys.stream()
			.mapToInt((key) -> this.jdbc.queryForObject(
					"SELECT count(*) FROM sample.outbox WHERE aggregate_key = ? AND sent_at IS NULL", Integer.class,
					key))
			.sum();
	}

}
