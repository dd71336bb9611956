package dev.carve.runtime.events;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.carve.runtime.events.kafka.KafkaEventTransport;
import dev.carve.runtime.events.kafka.KafkaProducerTest;
import dev.carve.runtime.module.ModuleDefinition;
import dev.carve.runtime.module.RouteLookup;
import dev.carve.runtime.samplecontract.SampleHappened;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How fast the relay drains an outbox: in-process only, Kafka only and both, for events
 * on distinct keys and on one hot key. Prints events per second and ratios; not part of
 * the default build (run it with
 * {@code ./mvnw verify -pl migration-toolkit/runtime -Dtest=OutboxRelayBenchmark -Dsurefire.failIfNoSpecifiedTests=false}).
 */
@KafkaProducerTest
class OutboxRelayBenchmark {

	static final int EVENTS = 3000;

	@Autowired
	EventOutbox outbox;

	@Autowired
	OutboxRelay contextRelay;

	@Autowired
	InProcessEventDispatcher inProcess;

	@Autowired
	KafkaEventTransport kafka;

	@Autowired
	EventSerializer serializer;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ModuleDefinition sampleModule;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void relayThroughput() {
		this.contextRelay.stop();
		try {
			Map<String, List<EventTransport>> transports = new LinkedHashMap<>();
			transports.put("in-process", List.of(this.inProcess));
			transports.put("kafka", List.of(this.kafka));
			transports.put("in-process + kafka", List.of(this.inProcess, this.kafka));
			drain(List.of(this.kafka), true);
			Map<String, Double> rates = new LinkedHashMap<>();
			for (boolean distinctKeys : List.of(true, false)) {
				for (Map.Entry<String, List<EventTransport>> entry : transports.entrySet()) {
					String name = entry.getKey() + (distinctKeys ? ", distinct keys" : ", one key");
					rates.put(name, drain(entry.getValue(), distinctKeys));
				}
			}
			System.out.printf("%nOutbox relay, %d events, batch 100:%n", EVENTS);
			rates.forEach((name, rate) -> System.out.printf("  %-34s %8.0f events/s%n", name, rate));
			System.out.printf("  kafka / in-process (distinct keys): %.2f%n",
					rates.get("kafka, distinct keys") / rates.get("in-process, distinct keys"));
			System.out.printf("  one key / distinct keys (kafka):    %.2f%n",
					rates.get("kafka, one key") / rates.get("kafka, distinct keys"));
		}
		finally {
			this.contextRelay.start();
		}
	}

	private double drain(List<EventTransport> transports, boolean distinctKeys) {
		String run = UUID.randomUUID().toString().substring(0, 8);
		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> {
			for (int i = 0; i < EVENTS; i++) {
				this.outbox.publish(SampleHappened.of(distinctKeys ? "b-" + run + "-" + i : "b-" + run, i));
			}
		});
		// Steady-state plans: without fresh statistics the claim's anti-joins scan.
		this.jdbc.execute("ANALYZE sample.outbox");
		OutboxTable table = new OutboxTable(this.jdbc, this.sampleModule);
		OutboxRelay relay = new OutboxRelay(List.of(table), transports, this.serializer, this.transactionManager,
				new EventsProperties.Relay(false, Duration.ofMillis(50), 100, Duration.ofMillis(50),
						Duration.ofMillis(200), Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofDays(1), 20,
						Duration.ofDays(30), 1000),
				new OutboxMetrics(new SimpleMeterRegistry(), List.of(table)), RouteLookup.alwaysServing());
		long started = System.nanoTime();
		int delivered = 0;
		while (delivered < EVENTS) {
			int round = relay.relayOnce();
			assertThat(round).as("events delivered in a round").isPositive();
			delivered += round;
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		assertThat(table.backlog().depth()).isZero();
		return EVENTS / seconds;
	}

}
