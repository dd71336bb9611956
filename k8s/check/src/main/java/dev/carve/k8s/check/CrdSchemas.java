package dev.carve.k8s.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The custom resources of the operators Carve deploys with, checked against the
 * {@code openAPIV3Schema} of their CustomResourceDefinitions. The API server refuses
 * unknown fields in a custom resource; here every schema object that lists its properties
 * and allows no others by its own declaration is closed
 * ({@code additionalProperties: false}) to do the same. CEL rules
 * ({@code x-kubernetes-validations}) are not evaluated.
 */
final class CrdSchemas {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> COMBINATORS = List.of("oneOf", "anyOf", "allOf");

	private final Map<String, Schema> schemas = new HashMap<>();

	private CrdSchemas() {
	}

	/**
	 * Reads CustomResourceDefinitions.
	 * @param definitions YAML files, one CRD each
	 * @return the schemas of every version they serve
	 */
	static CrdSchemas read(List<Path> definitions) throws IOException {
		CrdSchemas crds = new CrdSchemas();
		LoaderOptions options = new LoaderOptions();
		options.setCodePointLimit(Integer.MAX_VALUE);
		Yaml yaml = new Yaml(new SafeConstructor(options));
		SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
		for (Path definition : definitions) {
			JsonNode crd;
			try (InputStream in = Files.newInputStream(definition)) {
				crd = JSON.valueToTree(yaml.load(in));
			}
			String group = crd.path("spec").path("group").asString();
			String kind = crd.path("spec").path("names").path("kind").asString();
			for (JsonNode version : crd.path("spec").path("versions")) {
				JsonNode schema = close(version.path("schema").path("openAPIV3Schema").deepCopy());
				crds.schemas.put(group + "/" + version.path("name").asString() + " " + kind,
						registry.getSchema(schema));
			}
		}
		return crds;
	}

	/** Whether a CRD read here defines the object's kind and version. */
	boolean covers(Manifest manifest) {
		return this.schemas.containsKey(manifest.apiVersion() + " " + manifest.kind());
	}

	/**
	 * The problems of a custom resource.
	 * @param manifest an object this {@link #covers(Manifest) covers}
	 * @return its problems, each naming the object and the place in it
	 */
	List<String> problems(Manifest manifest) {
		JsonNode node = JSON.readTree(manifest.json().toString());
		return this.schemas.get(manifest.apiVersion() + " " + manifest.kind())
			.validate(node)
			.stream()
			.map((error) -> manifest.id() + ": " + error)
			.toList();
	}

	private static JsonNode close(JsonNode schema) {
		if (schema instanceof ObjectNode object) {
			if (object.has("properties") && !object.has("additionalProperties")
					&& !object.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
				object.put("additionalProperties", false);
			}
			// The branches of oneOf, anyOf and allOf only add conditions to the object
			// they
			// belong to ({"properties": {"valueFrom": {}}, "required": ["valueFrom"]}):
			// closed, they would refuse the object's other properties.
			object.properties()
				.stream()
				.filter((entry) -> !COMBINATORS.contains(entry.getKey()))
				.forEach((entry) -> close(entry.getValue()));
		}
		else if (schema != null && schema.isArray()) {
			schema.forEach(CrdSchemas::close);
		}
		return schema;
	}

}
