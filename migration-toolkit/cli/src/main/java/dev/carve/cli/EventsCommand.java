package dev.carve.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code carve events}: commands for the events that travel between modules over Kafka;
 * {@code replay} writes a dead-letter topic's records back to their topic.
 */
@Command(name = "events", mixinStandardHelpOptions = true, subcommands = EventsReplayCommand.class,
		description = { "Works with the events modules send each other over Kafka.", "",
				"replay TOPIC.dlt writes the records consumers set aside back to their topic." })
final class EventsCommand implements Runnable {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		throw new CommandLine.ParameterException(this.spec.commandLine(), "Name a command: replay");
	}

}
