package dev.carve.k8s.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * An object that runs pods (a Deployment or a Job), seen through its pod template.
 *
 * @param manifest the object
 */
record Workload(Manifest manifest) {

	/** Whether the object runs pods from a template. */
	static boolean runsPods(Manifest manifest) {
		return manifest.kind().equals("Deployment") || manifest.kind().equals("Job");
	}

	/** The labels of its pods. */
	Map<String, String> podLabels() {
		return labels(template().getAsJsonObject("metadata"), "labels");
	}

	/** The containers of its pods, init containers included. */
	List<JsonObject> containers() {
		List<JsonObject> containers = new ArrayList<>();
		JsonObject spec = podSpec();
		for (String field : List.of("initContainers", "containers")) {
			if (spec.has(field)) {
				spec.getAsJsonArray(field).forEach((container) -> containers.add(container.getAsJsonObject()));
			}
		}
		return containers;
	}

	/** The pod spec. */
	JsonObject podSpec() {
		JsonObject spec = template().getAsJsonObject("spec");
		return (spec != null) ? spec : new JsonObject();
	}

	/** Whether a label selector ({@code key: value} pairs) selects its pods. */
	boolean selectedBy(Map<String, String> selector) {
		return !selector.isEmpty() && podLabels().entrySet().containsAll(selector.entrySet());
	}

	/**
	 * The {@code key: value} pairs of a field, empty when it is missing.
	 * @param parent the object that holds the field, may be {@code null}
	 * @param field the field's name
	 * @return the pairs, sorted by key
	 */
	static Map<String, String> labels(JsonObject parent, String field) {
		Map<String, String> labels = new TreeMap<>();
		if (parent != null && parent.has(field) && parent.get(field).isJsonObject()) {
			for (Map.Entry<String, JsonElement> entry : parent.getAsJsonObject(field).entrySet()) {
				labels.put(entry.getKey(), Manifest.text(entry.getValue()));
			}
		}
		return labels;
	}

	private JsonObject template() {
		JsonObject template = this.manifest.spec().getAsJsonObject("template");
		return (template != null) ? template : new JsonObject();
	}

}
