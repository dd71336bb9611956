package dev.carve.k8s.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Whether every Secret and ConfigMap a pod reads exists once the overlay is applied: it
 * is rendered, an operator creates it for a resource that is rendered, or it is one of
 * the Secrets the user creates ({@code k8s/secrets.properties}); and the key read is in
 * it.
 */
final class References {

	/** The keys of the Secret CloudNativePG creates for a cluster's application user. */
	static final Set<String> CNPG_APP_KEYS = new TreeSet<>(Set.of("username", "user", "password", "dbname", "host",
			"port", "pgpass", "uri", "jdbc-uri", "fqdn-uri", "fqdn-jdbc-uri"));

	/**
	 * Keys of a Secret or ConfigMap, by {@code Kind/name}; {@code null} keys: any key.
	 */
	private final Map<String, Set<String>> available = new HashMap<>();

	private final Map<String, Map<String, String>> configMaps = new HashMap<>();

	References(List<Manifest> manifests, Map<String, Set<String>> userSecrets) {
		userSecrets.forEach((name, keys) -> this.available.put("Secret/" + name, keys));
		for (Manifest manifest : manifests) {
			switch (manifest.kind()) {
				case "Secret", "ConfigMap" -> {
					Set<String> keys = new TreeSet<>();
					for (String field : List.of("data", "stringData", "binaryData")) {
						keys.addAll(Workload.labels(manifest.json(), field).keySet());
					}
					this.available.put(manifest.id(), keys);
					if (manifest.kind().equals("ConfigMap")) {
						this.configMaps.put(manifest.name(), Workload.labels(manifest.json(), "data"));
					}
				}
				case "Cluster" -> cluster(manifest);
				case "Kafka" -> {
					this.available.put("Secret/" + manifest.name() + "-cluster-ca-cert", null);
					this.available.put("Secret/" + manifest.name() + "-clients-ca-cert", null);
				}
				case "KafkaUser" -> this.available.put("Secret/" + manifest.name(), null);
				default -> {
				}
			}
		}
	}

	private void cluster(Manifest cluster) {
		String name = cluster.name();
		JsonObject initdb = cluster.spec().has("bootstrap")
				? cluster.spec().getAsJsonObject("bootstrap").getAsJsonObject("initdb") : null;
		if (initdb == null || !initdb.has("secret")) {
			this.available.put("Secret/" + name + "-app", CNPG_APP_KEYS);
		}
		if (cluster.spec().has("enableSuperuserAccess") && cluster.spec().get("enableSuperuserAccess").getAsBoolean()) {
			this.available.put("Secret/" + name + "-superuser", CNPG_APP_KEYS);
		}
		for (String suffix : List.of("-ca", "-server", "-replication")) {
			this.available.put("Secret/" + name + suffix, null);
		}
	}

	/**
	 * The Secret and ConfigMap references of a workload that nothing satisfies.
	 * @param workload the workload
	 * @return its problems
	 */
	List<String> problems(Workload workload) {
		List<String> problems = new ArrayList<>();
		for (JsonObject container : workload.containers()) {
			for (JsonElement env : array(container, "env")) {
				JsonObject from = env.getAsJsonObject().getAsJsonObject("valueFrom");
				if (from != null) {
					check(workload, "Secret", from.getAsJsonObject("secretKeyRef"), problems);
					check(workload, "ConfigMap", from.getAsJsonObject("configMapKeyRef"), problems);
				}
			}
			for (JsonElement source : array(container, "envFrom")) {
				check(workload, "Secret", source.getAsJsonObject().getAsJsonObject("secretRef"), problems);
				check(workload, "ConfigMap", source.getAsJsonObject().getAsJsonObject("configMapRef"), problems);
			}
		}
		for (JsonElement volume : array(workload.podSpec(), "volumes")) {
			JsonObject secret = volume.getAsJsonObject().getAsJsonObject("secret");
			if (secret != null) {
				JsonObject named = new JsonObject();
				named.add("name", secret.get("secretName"));
				check(workload, "Secret", named, problems);
			}
			check(workload, "ConfigMap", volume.getAsJsonObject().getAsJsonObject("configMap"), problems);
		}
		return problems;
	}

	/** The data of a rendered ConfigMap, empty when there is none of that name. */
	Map<String, String> configMapData(String name) {
		return this.configMaps.getOrDefault(name, Map.of());
	}

	private void check(Workload workload, String kind, JsonObject reference, List<String> problems) {
		if (reference == null || (reference.has("optional") && reference.get("optional").getAsBoolean())) {
			return;
		}
		String id = kind + "/" + Manifest.text(reference.get("name"));
		if (!this.available.containsKey(id)) {
			problems.add(workload.manifest().id() + ": reads " + id
					+ ", which is neither rendered, nor created by an operator, nor listed in k8s/secrets.properties");
			return;
		}
		Set<String> keys = this.available.get(id);
		String key = Manifest.text(reference.get("key"));
		if (!key.isEmpty() && keys != null && !keys.contains(key)) {
			problems.add(workload.manifest().id() + ": reads key " + key + " of " + id + ", which has only " + keys);
		}
	}

	static Iterable<JsonElement> array(JsonObject parent, String field) {
		return (parent.has(field) && parent.get(field).isJsonArray()) ? parent.getAsJsonArray(field) : List.of();
	}

}
