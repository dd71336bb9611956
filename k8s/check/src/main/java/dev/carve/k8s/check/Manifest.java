package dev.carve.k8s.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * One rendered Kubernetes object.
 *
 * @param json the object as JSON
 */
public record Manifest(JsonObject json) {

	/**
	 * Parses rendered YAML.
	 * @param yaml YAML documents, one object each
	 * @return the objects, in the order they appear
	 */
	public static List<Manifest> parseAll(String yaml) {
		Gson gson = new Gson();
		List<Manifest> manifests = new ArrayList<>();
		for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(yaml)) {
			if (document instanceof Map<?, ?> map) {
				manifests.add(new Manifest(gson.toJsonTree(map).getAsJsonObject()));
			}
		}
		return manifests;
	}

	/** The object's kind, such as {@code Deployment}. */
	public String kind() {
		return text(this.json.get("kind"));
	}

	/** The object's {@code apiVersion}. */
	public String apiVersion() {
		return text(this.json.get("apiVersion"));
	}

	/** The object's name. */
	public String name() {
		JsonObject metadata = this.json.getAsJsonObject("metadata");
		return (metadata != null) ? text(metadata.get("name")) : "";
	}

	/** {@code Kind/name}, as problems name the object. */
	public String id() {
		return kind() + "/" + name();
	}

	/** The object's {@code spec}, empty when it has none. */
	public JsonObject spec() {
		JsonObject spec = this.json.getAsJsonObject("spec");
		return (spec != null) ? spec : new JsonObject();
	}

	static String text(JsonElement element) {
		return (element != null && element.isJsonPrimitive()) ? element.getAsString() : "";
	}

}
