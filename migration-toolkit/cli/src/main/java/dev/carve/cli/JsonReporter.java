package dev.carve.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.function.Consumer;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Writes for a machine: one JSON object per line ({@link Reporter}). */
final class JsonReporter implements Reporter {

	/** Jackson 3 writes times as ISO-8601 text. */
	private static final JsonMapper mapper = JsonMapper.builder().build();

	private final PrintWriter out;

	JsonReporter(PrintWriter out) {
		this.out = out;
	}

	@Override
	public void say(String line) {
		write("message", Map.of("message", line));
	}

	@Override
	public void report(String event, Object document, Consumer<PrintWriter> text) {
		write(event, document);
	}

	private synchronized void write(String event, Object document) {
		ObjectNode node = mapper.createObjectNode().put("event", event);
		node.setAll((ObjectNode) mapper.valueToTree(document));
		this.out.println(mapper.writeValueAsString(node));
		this.out.flush();
	}

	@Override
	public void progress(MoveStatus status, MoveStatus.Throughput throughput) {
		write("progress", new MoveStatus.Report(status, throughput));
	}

	@Override
	public boolean live() {
		return false;
	}

	@Override
	public void close() {
		this.out.flush();
	}

}
