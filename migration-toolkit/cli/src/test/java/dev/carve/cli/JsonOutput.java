package dev.carve.cli;

import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads what {@code carve … --json} writes. */
final class JsonOutput {

	private static final JsonMapper mapper = JsonMapper.builder().build();

	private JsonOutput() {
	}

	/** Each line of the output as a JSON object. */
	static List<JsonNode> lines(String out) {
		return out.lines().map(mapper::readTree).toList();
	}

	/** The one JSON document of the output. */
	static JsonNode document(String out) {
		return mapper.readTree(out);
	}

	/** The table of that name in a document's {@code tables}. */
	static JsonNode table(JsonNode document, String name) {
		return document.get("tables")
			.valueStream()
			.filter((table) -> table.get("name").asString().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No table " + name + " in " + document));
	}

}
