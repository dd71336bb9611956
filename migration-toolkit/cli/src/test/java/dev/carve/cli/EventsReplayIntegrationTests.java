package dev.carve.cli;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code carve events replay}, against a real broker holding a dead-letter topic with
 * three records set aside as the runtime sets them aside.
 */
class EventsReplayIntegrationTests {

	@Test
	void dryRunListsEveryDeadLetteredRecordAndWritesNothing() throws Exception {
		DeadLetteredOrders orders = new DeadLetteredOrders().setAside();
		CarveCli.Result result = CarveCli.run("events", "replay", orders.deadLetterTopic, "--dry-run", "--kafka",
				Servers.kafka());
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(Carve.DONE);
		assertThat(result.out().lines().toList()).as(result.toString())
			.containsExactly(line("would replay", orders, 0, 0, "order-1"),
					line("would replay", orders, 0, 1, "order-3"), line("would replay", orders, 1, 0, "order-2"),
					"would replay 3 of 3 dead-lettered records to " + orders.topic + " (--dry-run wrote nothing)");
		assertThat(orders.replayed()).isEmpty();
	}

	@Test
	void replaysTheMatchingRecordsWithTheirKeyValueAndEventHeadersEachTimeItRuns() throws Exception {
		DeadLetteredOrders orders = new DeadLetteredOrders().setAside();
		CarveCli.Result result = CarveCli.run("events", "replay", orders.deadLetterTopic, "--key", "order-2",
				"--event-type", "OrderConfirmed", "--kafka", Servers.kafka());
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(Carve.DONE);
		assertThat(result.out().lines().toList()).as(result.toString())
			.containsExactly(line("replayed", orders, 1, 0, "order-2"),
					"replayed 1 of 3 dead-lettered records to " + orders.topic);
		List<ConsumerRecord<byte[], byte[]>> replayed = orders.replayed();
		assertThat(replayed).hasSize(1);
		ConsumerRecord<byte[], byte[]> record = replayed.get(0);
		assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo("order-2");
		assertThat(record.value()).isEqualTo(DeadLetteredOrders.value("order-2"));
		assertThat(record.headers().toArray()).extracting(Header::key)
			.containsExactly("carve-event-id", "carve-event-type", "carve-occurred-at", "traceparent");
		assertThat(header(record, "carve-event-id")).isEqualTo(orders.ids.get("order-2"));
		assertThat(header(record, "carve-event-type")).isEqualTo("OrderConfirmed");
		assertThat(header(record, "carve-occurred-at")).isEqualTo("2026-11-30T10:15:30Z");
		assertThat(header(record, "traceparent")).isEqualTo(DeadLetteredOrders.traceParent("order-2"));

		CarveCli.Result again = CarveCli.run("events", "replay", orders.deadLetterTopic, "--json", "--event-id",
				orders.ids.get("order-1"), "--event-id", orders.ids.get("order-2"), "--kafka", Servers.kafka());
		assertThat(again.exitCode()).as(again.toString()).isEqualTo(Carve.DONE);
		List<JsonNode> events = JsonOutput.lines(again.out());
		assertThat(events).extracting((event) -> event.get("event").asString())
			.containsExactly("record", "record", "replayed");
		assertThat(events.get(0).get("key").asString()).isEqualTo("order-1");
		assertThat(events.get(0).get("topic").asString()).isEqualTo(orders.topic);
		assertThat(events.get(0).get("reason").asString())
			.isEqualTo("java.lang.IllegalStateException: unknown order order-1");
		assertThat(events.get(1).get("eventId").asString()).isEqualTo(orders.ids.get("order-2"));
		assertThat(events.get(1).get("deadLetterPartition").asInt()).isEqualTo(1);
		assertThat(events.get(2).get("replayed").asInt()).isEqualTo(2);
		assertThat(events.get(2).get("matched").asInt()).isEqualTo(2);
		assertThat(events.get(2).get("deadLettered").asInt()).isEqualTo(3);
		assertThat(events.get(2).get("dryRun").asBoolean()).isFalse();
		assertThat(orders.replayed()).as("order-2 is replayed a second time; the inbox drops it")
			.extracting((replay) -> new String(replay.key(), StandardCharsets.UTF_8))
			.containsExactly("order-2", "order-1", "order-2");
	}

	@Test
	void refusesATopicThatIsNotADeadLetterTopic() {
		CarveCli.Result result = CarveCli.run("events", "replay", "carve.orders.OrderConfirmed", "--kafka",
				Servers.kafka());
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(Carve.REFUSED);
		assertThat(result.err()).contains("carve.orders.OrderConfirmed is not a dead-letter topic")
			.contains("such as carve.orders.OrderConfirmed.dlt");
	}

	@Test
	void refusesADeadLetterTopicTheBrokerDoesNotHave() {
		String missing = new DeadLetteredOrders().deadLetterTopic;
		CarveCli.Result result = CarveCli.run("events", "replay", missing, "--kafka", Servers.kafka());
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(Carve.REFUSED);
		assertThat(result.err()).contains("the broker has no topic " + missing);
	}

	@Test
	void refusesToReplayToATopicTheBrokerDoesNotHave() throws Exception {
		DeadLetteredOrders orders = new DeadLetteredOrders().setAsideWithoutTheirTopic();
		CarveCli.Result result = CarveCli.run("events", "replay", orders.deadLetterTopic, "--kafka", Servers.kafka());
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(Carve.REFUSED);
		assertThat(result.err()).contains("the broker has no topic " + orders.topic + " to replay");
		assertThat(result.out()).isEmpty();
	}

	@Test
	void reportsABrokerThatCannotBeReached() {
		CarveCli.Result result = CarveCli.run("events", "replay", "carve.orders.OrderConfirmed.dlt", "--kafka",
				"127.0.0.1:1");
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(Carve.UNREACHABLE);
		assertThat(result.err()).contains("cannot reach the Kafka broker at 127.0.0.1:1");
	}

	@Test
	void asksForASubcommand() {
		CarveCli.Result result = CarveCli.run("events");
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(Carve.USAGE);
		assertThat(result.err()).contains("Name a command: replay");
	}

	private static String line(String verb, DeadLetteredOrders orders, int partition, int offset, String key) {
		return verb + " " + orders.topic + " from partition " + partition + " offset " + offset + ": key " + key
				+ ", OrderConfirmed " + orders.ids.get(key)
				+ ", set aside for java.lang.IllegalStateException: unknown order " + key;
	}

	private static String header(ConsumerRecord<?, ?> record, String name) {
		return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
	}

}
