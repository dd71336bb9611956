package dev.carve.services.testkit;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The public API of a module in an OpenAPI document: the operations under
 * {@code /api/v1/<module>}, as a service serves them or as the module's contract commits
 * them. Gateway endpoints for other modules are left out; they come with the module's
 * adapters and are checked there.
 */
final class OpenApiDocuments {

	private static final Path CONTRACTS = Path.of("../../contracts");

	private OpenApiDocuments() {
	}

	/** The committed document of a module, in the contracts next to the services. */
	static Path contractOf(String module) {
		return CONTRACTS.resolve(module + "-contract/src/main/openapi/" + module + ".yaml");
	}

	static Map<String, JsonNode> committedApi(Path contract, String module) {
		return publicApi(YAMLMapper.builder().build().readTree(contract.toFile()), module);
	}

	static Map<String, JsonNode> servedApi(byte[] json, String module) {
		return publicApi(JsonMapper.builder().build().readTree(json), module);
	}

	private static Map<String, JsonNode> publicApi(JsonNode document, String module) {
		Map<String, JsonNode> operations = new TreeMap<>();
		document.get("paths")
			.properties()
			.stream()
			.filter((path) -> path.getKey().startsWith("/api/v1/" + module))
			.forEach((path) -> operations.put(path.getKey(), path.getValue()));
		return operations;
	}

}
