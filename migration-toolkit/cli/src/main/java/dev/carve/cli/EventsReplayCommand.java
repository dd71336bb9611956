package dev.carve.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code carve events replay <topic>.dlt}: writes the records consumers set aside on a
 * dead-letter topic back to the topic they came from, once the cause is fixed.
 *
 * <p>
 * It reads every record the dead-letter topic holds when it starts (all partitions, from
 * the beginning; records set aside meanwhile wait for the next run), keeps those that
 * match every filter given, and writes each to its original topic (header
 * {@value DeadLetter#ORIGINAL_TOPIC}, else the name without {@code .dlt}) with its key,
 * value and event headers, without the headers added when it was set aside. It neither
 * removes records from the dead-letter topic nor commits offsets: run again, it replays
 * the same records again, which is safe because consumers' inboxes drop an event they
 * have applied (by {@value DeadLetter#EVENT_ID}). Exit codes: {@value Carve#DONE} every
 * record written (or listed, with {@code --dry-run}), {@value Carve#FAILED} a record
 * could not be written (run it again), {@value Carve#REFUSED} the name does not end in
 * {@code .dlt} or a topic does not exist, {@value Carve#UNREACHABLE} the broker cannot be
 * reached.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
		description = { "Writes a dead-letter topic's records back to the topic they came from.", "",
				"Reads every record TOPIC.dlt holds now and writes those that match every "
						+ "filter given to their original topic, with the same key, value and event "
						+ "headers. The dead-letter topic keeps its records, so a second run replays them "
						+ "again; consumers' inboxes drop the events they have applied. Needs --kafka only." })
final class EventsReplayCommand implements Callable<Integer> {

	@Parameters(paramLabel = "TOPIC.dlt",
			description = "The dead-letter topic, such as carve.orders.OrderConfirmed.dlt.")
	String topic = "";

	@Option(names = "--dry-run", description = "Write nothing; list what would be replayed.")
	boolean dryRun;

	@Option(names = "--event-id", paramLabel = "ID",
			description = "Only the event with this id (header " + DeadLetter.EVENT_ID + "); repeat for more.")
	List<String> eventIds = new ArrayList<>();

	@Option(names = "--key", paramLabel = "KEY", description = "Only records with this key; repeat for more.")
	List<String> keys = new ArrayList<>();

	@Option(names = "--event-type", paramLabel = "TYPE",
			description = "Only events of this type, such as OrderConfirmed.")
	@Nullable String eventType;

	@Mixin
	Connections connections = new Connections();

	@Mixin
	OutputOptions output = new OutputOptions();

	@Override
	public Integer call() throws InterruptedException {
		Broker broker = this.connections.kafka();
		DeadLetterTopic deadLetters = new DeadLetterTopic(broker, this.topic);
		broker.check();
		List<DeadLetter> all = deadLetters.read();
		List<DeadLetter> matched = all.stream().filter(this::matches).toList();
		Set<String> topics = new LinkedHashSet<>();
		matched.forEach((letter) -> topics.add(letter.originalTopic()));
		for (String original : topics) {
			if (broker.partitions(original).isEmpty()) {
				throw CarveException.refused("the broker has no topic " + original + " to replay " + this.topic
						+ " to: start a process that publishes or consumes its events (it creates the topic), then run again");
			}
		}
		if (!this.dryRun) {
			deadLetters.replay(matched);
		}
		if (topics.isEmpty()) {
			topics.add(DeadLetterTopic.originalTopic(this.topic));
		}
		ReplayReport.Summary summary = new ReplayReport.Summary(this.dryRun ? 0 : matched.size(), matched.size(),
				all.size(), this.dryRun, List.copyOf(topics));
		try (Reporter reporter = this.output.reporter()) {
			for (DeadLetter letter : matched) {
				ReplayReport.Line line = ReplayReport.Line.of(letter);
				reporter.report("record", line, (out) -> out.println(line.text(this.dryRun)));
			}
			reporter.report("replayed", summary, (out) -> out.println(summary.text()));
		}
		return Carve.DONE;
	}

	private boolean matches(DeadLetter letter) {
		return (this.eventIds.isEmpty() || this.eventIds.contains(letter.header(DeadLetter.EVENT_ID)))
				&& (this.keys.isEmpty() || this.keys.contains(letter.keyText()))
				&& (this.eventType == null || this.eventType.equals(letter.header(DeadLetter.EVENT_TYPE)));
	}

}
