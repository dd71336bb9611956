package dev.carve.shop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.carve.runtime.apidocs.ModuleApiDocs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP API each module serves is the one its contract describes: the OpenAPI document
 * the running application publishes for a module must equal
 * {@code contracts/<module>-contract/src/main/openapi/<module>.yaml}. After a deliberate
 * API change, regenerate the files with {@code -Dcarve.openapi.write=true} and review the
 * diff.
 */
@ShopIntegrationTest
class OpenApiContractIntegrationTests {

	private static final Path CONTRACTS = Path.of("../../contracts");

	private static final YAMLMapper yaml = YAMLMapper.builder().build();

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "identity", "catalog", "inventory", "orders", "payments", "notifications" })
	void servedApiMatchesTheContract(String module) throws IOException {
		ShopClient shop = new ShopClient(this.port);
		ShopClient.Response response = shop.send("GET", "/v3/api-docs/" + module, null, null).expect(200);
		ObjectNode served = normalized(json.readTree(response.raw().body()));
		assertThat(served.get("paths").properties().stream().map(Map.Entry::getKey)).as("public paths of " + module)
			.allSatisfy((path) -> assertThat(path).doesNotStartWith("/internal/"));
		if (!"notifications".equals(module)) {
			String gateway = "/v3/api-docs/" + ModuleApiDocs.gatewayGroup(module);
			shop.send("GET", gateway, null, null).expect(401);
			shop.send("GET", gateway, null, shop.newCustomer()).expect(403);
			merge(served,
					normalized(json.readTree(shop.send("GET", gateway, null, shop.admin()).expect(200).raw().body())));
		}
		assertThat(served.get("openapi").asString()).startsWith("3.1");
		assertThat(served.get("paths").size()).as("paths of " + module).isPositive();
		Path file = CONTRACTS.resolve(module + "-contract/src/main/openapi/" + module + ".yaml");
		if (Boolean.getBoolean("carve.openapi.write")) {
			Files.createDirectories(file.getParent());
			yaml.writeValue(file.toFile(), served);
		}
		assertThat(file).as("the committed contract of " + module).exists();
		JsonNode committed = normalized(yaml.readTree(file.toFile()));
		assertThat(served)
			.as("the %s API drifted from %s; if the change is deliberate, regenerate with"
					+ " -Dcarve.openapi.write=true and review it", module, file)
			.isEqualTo(committed);
	}

	/**
	 * The document without its servers, its tags in name order: what the contract
	 * commits.
	 */
	private static ObjectNode normalized(JsonNode document) {
		ObjectNode copy = (ObjectNode) document.deepCopy();
		copy.remove(List.of("servers"));
		if (copy.get("tags") instanceof ArrayNode tags) {
			List<JsonNode> sorted = new ArrayList<>(tags.valueStream().toList());
			sorted.sort(Comparator.comparing((tag) -> tag.path("name").asString()));
			copy.set("tags", JsonNodeFactory.instance.arrayNode().addAll(sorted));
		}
		return copy;
	}

	/**
	 * The module's public API and its gateway API, as one document: its HTTP contract.
	 */
	private static void merge(ObjectNode into, ObjectNode gateway) {
		((ObjectNode) into.get("paths")).setAll((ObjectNode) gateway.get("paths"));
		if (gateway.path("components").get("schemas") instanceof ObjectNode schemas) {
			ObjectNode components = into.has("components") ? (ObjectNode) into.get("components")
					: into.putObject("components");
			ObjectNode target = components.has("schemas") ? (ObjectNode) components.get("schemas")
					: components.putObject("schemas");
			target.setAll(schemas);
		}
		if (gateway.get("tags") instanceof ArrayNode tags) {
			ArrayNode target = into.has("tags") ? (ArrayNode) into.get("tags") : into.putArray("tags");
			target.addAll(tags);
		}
		into.setAll(normalized(into));
	}

}
