package dev.carve.shop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
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
		ShopClient.Response response = new ShopClient(this.port).send("GET", "/v3/api-docs/" + module, null, null)
			.expect(200);
		JsonNode served = normalized(json.readTree(response.raw().body()));
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

	private static JsonNode normalized(JsonNode document) {
		ObjectNode copy = (ObjectNode) document.deepCopy();
		copy.remove(List.of("servers"));
		return copy;
	}

}
