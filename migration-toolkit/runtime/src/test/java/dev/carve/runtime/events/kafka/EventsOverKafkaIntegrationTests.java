package dev.carve.runtime.events.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import dev.carve.runtime.RuntimeTestApplication;
import dev.carve.runtime.SinkTestApplication;
import dev.carve.runtime.events.UndecodableEventException;
import dev.carve.runtime.module.ModuleRoute;
import dev.carve.runtime.route.ModuleRoutes;
import dev.carve.runtime.sample.SampleService;
import dev.carve.runtime.samplecontract.SampleEvents;
import dev.carve.runtime.samplecontract.SampleHappened;
import dev.carve.runtime.samplesink.SinkListener;
import dev.carve.testkit.DatabaseLink;
import dev.carve.testkit.ModuleProcess;
import dev.carve.testkit.TestKafka;
import dev.carve.testkit.TopicRecords;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sample module publishes in this context; the sink module consumes in another
 * application with its own database, over the test JVM's Kafka broker.
 */
@KafkaProducerTest
@ExtendWith(OutputCaptureExtension.class)
class EventsOverKafkaIntegrationTests {

	static final String TOPIC = "carve.sample.SampleHappened";

	/**
	 * How long the sink's database is out of reach in the outage test: far longer than
	 * the sink's budget for retrying a failing record (three attempts within a second).
	 */
	static final Duration DATABASE_OUTAGE = Duration.parse(System.getProperty("carve.test.database-outage", "PT6S"));

	static ModuleProcess sink;

	static DatabaseLink sinkDatabase;

	@Autowired
	SampleService service;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MeterRegistry meters;

	@BeforeAll
	static void startSink() {
		sinkDatabase = DatabaseLink.newDatabase();
		sink = ModuleProcess.start(SinkTestApplication.class, RuntimeTestApplication.tokens,
				"spring.datasource.url=" + sinkDatabase.url(), "spring.datasource.hikari.connection-timeout=1000",
				"spring.kafka.bootstrap-servers=" + TestKafka.shared().bootstrapServers(),
				"carve.events.kafka.enabled=true", "spring.application.name=sample-sink",
				"carve.events.kafka.consumer.max-attempts=3", "carve.events.kafka.consumer.initial-backoff=100ms",
				"carve.events.kafka.consumer.max-backoff=200ms");
	}

	@AfterAll
	static void stopSink() {
		sink.close();
		sinkDatabase.close();
	}

	@Test
	void eventTravelsKeyedWithItsHeadersAndContractPayload(CapturedOutput output) {
		assertThat(output.getAll())
			.contains("Consuming [" + TOPIC + "] for module samplesink as group sample-sink.samplesink");
		SampleHappened event = publish("k-wire-" + UUID.randomUUID(), 1);
		await().atMost(Duration.ofSeconds(30)).until(() -> received(event.key()).size() == 1);
		ConsumerRecord<String, byte[]> record = recordOf(TOPIC, event.eventId());
		assertThat(record.key()).isEqualTo(event.key());
		assertThat(TopicRecords.header(record, EventRecordHeaders.EVENT_TYPE)).isEqualTo("SampleHappened");
		assertThat(TopicRecords.header(record, EventRecordHeaders.OCCURRED_AT))
			.isEqualTo(event.occurredAt().toString());
		assertThat(SampleEvents.moduleEvents().codec(SampleHappened.class).decode(record.value())).isEqualTo(event);
		assertThat(this.jdbc.queryForObject("SELECT sent_at IS NOT NULL FROM sample.outbox WHERE event_id = ?",
				Boolean.class, event.eventId()))
			.isTrue();
		assertThat(this.meters.get("carve.outbox.published").tag("module", "sample").counter().count()).isPositive();
		assertThat(sink.context()
			.getBean(MeterRegistry.class)
			.find("kafka.consumer.fetch.manager.records.lag.max")
			.gauges()).isNotEmpty();
	}

	@Test
	void theTopicsKeepWhatTheProducerWroteWhateverTheBrokersDefaultCompression() throws Exception {
		try (Admin admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.shared().bootstrapServers()))) {
			ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, TOPIC);
			Config config = admin.describeConfigs(List.of(topic)).all().get(10, TimeUnit.SECONDS).get(topic);

			assertThat(config.get(TopicConfig.COMPRESSION_TYPE_CONFIG).value()).isEqualTo("producer");
			assertThat(config.get(TopicConfig.COMPRESSION_TYPE_CONFIG).source())
				.isEqualTo(ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG);
		}
	}

	@Test
	void aDormantModuleAppliesNothingFollowsItsInboxAndTakesUpTheRestOnceItServes() {
		ModuleRoutes routes = sink.context().getBean(ModuleRoutes.class);
		JdbcTemplate sinkJdbc = sink.context().getBean(JdbcTemplate.class);
		String applied = "k-applied-elsewhere-" + UUID.randomUUID();
		String waiting = "k-waiting-" + UUID.randomUUID();
		routes.change("samplesink", ModuleRoute.DORMANT, "test");
		try {
			// Applied by the process that serves the module: its inbox row arrives here
			// with
			// the module's tables.
			SampleHappened elsewhere = SampleHappened.of(applied, 1);
			sinkJdbc.update("INSERT INTO samplesink.inbox (event_id, listener) VALUES (?, ?)", elsewhere.eventId(),
					"samplesink:SinkListener#received");
			this.service.createThing(elsewhere.eventId().toString(), elsewhere, false);
			SampleHappened notYet = publish(waiting, 1);
			recordOf(TOPIC, notYet.eventId());
			await().during(Duration.ofSeconds(3))
				.atMost(Duration.ofSeconds(5))
				.until(() -> received(waiting).isEmpty() && received(applied).isEmpty());
		}
		finally {
			routes.change("samplesink", ModuleRoute.SERVING, "test");
		}
		await().atMost(Duration.ofSeconds(45)).until(() -> received(waiting).size() == 1);
		assertThat(received(applied)).as("applied by the process that served the module").isEmpty();
	}

	@Test
	void brokerOutageDelaysEventsAndLosesNone() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		List<String> keys = List.of("k-outage-a-" + run, "k-outage-b-" + run, "k-outage-c-" + run);
		try (TestKafka.Outage outage = TestKafka.shared().outage()) {
			for (int seq = 1; seq <= 10; seq++) {
				for (String key : keys) {
					publish(key, seq);
				}
			}
			await().during(Duration.ofSeconds(3))
				.atMost(Duration.ofSeconds(5))
				.until(() -> unsent(keys) == 30 && keys.stream().allMatch((key) -> received(key).isEmpty()));
			// The gauges read the outbox at most every few seconds.
			await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
				assertThat(this.meters.get("carve.outbox.depth").tag("module", "sample").gauge().value())
					.isGreaterThanOrEqualTo(30);
				assertThat(
						this.meters.get("carve.outbox.oldest.unsent.age").tag("module", "sample").timeGauge().value())
					.isPositive();
			});
		}
		await().atMost(Duration.ofSeconds(90)).until(() -> keys.stream().allMatch((key) -> received(key).size() >= 10));
		for (String key : keys) {
			assertThat(received(key)).as("effects for %s, in order, once each", key)
				.containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
		}
		assertThat(unsent(keys)).isZero();
	}

	@Test
	void poisonRecordGoesToTheDeadLetterTopicAndTheRecordsBehindItFlow(CapturedOutput output) throws Exception {
		String key = "k-poison-" + UUID.randomUUID();
		TopicRecords.write(TOPIC, key, "not an event".getBytes(StandardCharsets.UTF_8));
		publish(key, 1);
		publish(key, 2);
		await().atMost(Duration.ofSeconds(30)).until(() -> received(key).size() == 2);
		assertThat(received(key)).containsExactly(1, 2);
		ConsumerRecord<String, byte[]> dead = TopicRecords
			.read(TOPIC + ".dlt", (records) -> records.stream().anyMatch((r) -> key.equals(r.key())),
					Duration.ofSeconds(30))
			.stream()
			.filter((r) -> key.equals(r.key()))
			.findFirst()
			.orElseThrow();
		assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("not an event");
		assertThat(TopicRecords.header(dead, EventRecordHeaders.DEAD_LETTER_REASON))
			.startsWith(UndecodableEventException.class.getName() + ": Not a SampleHappened");
		assertThat(TopicRecords.header(dead, "kafka_dlt-exception-cause-fqcn"))
			.isEqualTo(UndecodableEventException.class.getName());
		assertThat(TopicRecords.header(dead, "kafka_dlt-original-topic")).isEqualTo(TOPIC);
		await().untilAsserted(() -> assertThat(output.getAll()).contains("set aside on " + TOPIC + ".dlt: "
				+ UndecodableEventException.class.getName() + ": Not a SampleHappened"));
	}

	@Test
	void eventWhoseListenerKeepsFailingIsSetAsideAfterItsRetries(CapturedOutput output) {
		String key = "k-refused-" + UUID.randomUUID();
		SampleHappened refused = publish(key, -1);
		publish(key, 1);
		await().atMost(Duration.ofSeconds(30)).until(() -> received(key).equals(List.of(1)));
		ConsumerRecord<String, byte[]> dead = recordOf(TOPIC + ".dlt", refused.eventId());
		assertThat(TopicRecords.header(dead, EventRecordHeaders.DEAD_LETTER_REASON))
			.isEqualTo("java.lang.IllegalStateException: the sink refuses seq -1");
		assertThat(received(key)).doesNotContain(-1);
		String event = Pattern.quote("Event " + refused.eventId() + " (SampleHappened) at " + TOPIC + "-");
		await().untilAsserted(() -> assertThat(output.getAll())
			.containsPattern(event + "\\d+@\\d+ set aside on " + TOPIC + ".dlt: java.lang.IllegalStateException"));
		assertThat(output.getAll().split(event + "\\d+@\\d+ failed; 2 more attempts", -1)).as("logged once").hasSize(2);
		assertThat(output.getAll()).contains("java.lang.IllegalStateException: the sink refuses seq -1\n\tat ");
	}

	@Test
	void errorThrownByAListenerFailsItsRecordAndTheConsumerGoesOn() {
		String key = "k-error-" + UUID.randomUUID();
		SampleHappened broken = publish(key, -4);
		publish(key, 1);
		await().atMost(Duration.ofSeconds(30)).until(() -> received(key).equals(List.of(1)));
		ConsumerRecord<String, byte[]> dead = recordOf(TOPIC + ".dlt", broken.eventId());
		assertThat(TopicRecords.header(dead, EventRecordHeaders.DEAD_LETTER_REASON)).isEqualTo(
				"java.lang.IllegalStateException: Listener of SampleHappened threw java.lang.Error: the sink breaks on seq -4");
	}

	@Test
	void listenerThatFailsForAWhileHasOneEffect(CapturedOutput output) {
		SinkListener.transientFailuresLeft.set(2);
		String key = "k-transient-" + UUID.randomUUID();
		publish(key, -2);
		await().atMost(Duration.ofSeconds(30)).until(() -> received(key).equals(List.of(-2)));
		assertThat(SinkListener.transientFailuresLeft).hasValue(0);
		assertThat(output.getAll().split("Event [^ ]+ \\(SampleHappened\\) at " + TOPIC + "-\\d+@\\d+ failed", -1))
			.hasSize(2);
		assertThat(output.getAll()).doesNotContain("set aside");
	}

	@Test
	void recordRefusedByABusinessRuleGoesToTheDeadLetterTopicAtOnce(CapturedOutput output) {
		int refusalsBefore = SinkListener.refusals.get();
		String key = "k-unknown-" + UUID.randomUUID();
		SampleHappened refused = publish(key, -3);
		SampleHappened behind = publish(key, 1);
		await().atMost(Duration.ofSeconds(30)).until(() -> received(key).equals(List.of(1)));
		ConsumerRecord<String, byte[]> dead = recordOf(TOPIC + ".dlt", refused.eventId());
		assertThat(TopicRecords.header(dead, EventRecordHeaders.DEAD_LETTER_REASON))
			.isEqualTo("dev.carve.api.NotFoundException: No thing " + key);
		assertThat(SinkListener.refusals.get() - refusalsBefore).as("attempts of the refused record").isEqualTo(1);
		ConsumerRecord<String, byte[]> refusedRecord = recordOf(TOPIC, refused.eventId());
		assertThat(recordOf(TOPIC, behind.eventId()).partition()).isEqualTo(refusedRecord.partition());
		assertThat(Duration.between(Instant.ofEpochMilli(refusedRecord.timestamp()), processedAt(behind.eventId())))
			.as("from the refused record's publication to the effect of the record behind it")
			.isLessThan(Duration.ofSeconds(1));
		String event = Pattern.quote("Event " + refused.eventId() + " (SampleHappened) at " + TOPIC + "-");
		await().untilAsserted(() -> assertThat(output.getAll()).containsPattern(
				event + "\\d+@\\d+ set aside on " + TOPIC + ".dlt: dev.carve.api.NotFoundException: No thing " + key));
		assertThat(output.getAll()).doesNotContainPattern(event + "\\d+@\\d+ failed");
		assertThat(sink.context()
			.getBean(MeterRegistry.class)
			.get("carve.events.dead.letters")
			.tag("topic", TOPIC)
			.counter()
			.count()).isPositive();
	}

	@Test
	void databaseOutageDelaysEffectsAndDeadLettersNone(CapturedOutput output) throws InterruptedException {
		String run = UUID.randomUUID().toString().substring(0, 8);
		List<String> keys = List.of("k-db-a-" + run, "k-db-b-" + run, "k-db-c-" + run);
		try (TestKafka.Outage outage = sinkDatabase.outage()) {
			for (int seq = 1; seq <= 5; seq++) {
				for (String key : keys) {
					publish(key, seq);
				}
			}
			await().atMost(Duration.ofSeconds(15))
				.until(() -> output.getAll().contains("its partition waits and it is retried until it succeeds"));
			Thread.sleep(DATABASE_OUTAGE.toMillis());
		}
		// The sink's pool reconnects within a few seconds.
		await().atMost(Duration.ofSeconds(60))
			.ignoreExceptions()
			.until(() -> keys.stream().allMatch((key) -> received(key).size() >= 5));
		for (String key : keys) {
			assertThat(received(key)).as("effects for %s, in order, once each", key).containsExactly(1, 2, 3, 4, 5);
		}
		assertThat(TopicRecords.read(TOPIC + ".dlt", (records) -> false, Duration.ofSeconds(3)))
			.as("records of the outage's keys set aside")
			.noneMatch((record) -> keys.contains(record.key()));
	}

	private Instant processedAt(UUID eventId) {
		return sink.context()
			.getBean(JdbcTemplate.class)
			.queryForObject("SELECT processed_at FROM samplesink.inbox WHERE event_id = ?", java.sql.Timestamp.class,
					eventId)
			.toInstant();
	}

	private SampleHappened publish(String key, int seq) {
		SampleHappened event = SampleHappened.of(key, seq);
		this.service.createThing(event.eventId().toString(), event, false);
		return event;
	}

	private List<Integer> received(String key) {
		return sink.context()
			.getBean(JdbcTemplate.class)
			.queryForList("SELECT seq FROM samplesink.received WHERE aggregate_key = ? ORDER BY id", Integer.class,
					key);
	}

	private int unsent(List<String> keys) {
		return keys.stream()
			.mapToInt((key) -> this.jdbc.queryForObject(
					"SELECT count(*) FROM sample.outbox WHERE aggregate_key = ? AND sent_at IS NULL", Integer.class,
					key))
			.sum();
	}

	private static ConsumerRecord<String, byte[]> recordOf(String topic, UUID eventId) {
		String id = eventId.toString();
		return TopicRecords
			.read(topic,
					(records) -> records.stream()
						.anyMatch((r) -> id.equals(TopicRecords.header(r, EventRecordHeaders.EVENT_ID))),
					Duration.ofSeconds(30))
			.stream()
			.filter((r) -> id.equals(TopicRecords.header(r, EventRecordHeaders.EVENT_ID)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No record of event " + id + " on " + topic));
	}

}
