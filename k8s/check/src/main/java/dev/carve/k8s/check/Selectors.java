package dev.carve.k8s.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Whether the objects that point at pods find them: the selectors of Deployments,
 * Services, PodDisruptionBudgets and NetworkPolicies match the labels of pods that are
 * rendered, Services reach container ports that exist, autoscalers scale a Deployment
 * that exists.
 */
final class Selectors {

	private Selectors() {
	}

	static List<String> problems(List<Manifest> manifests) {
		List<Workload> workloads = manifests.stream().filter(Workload::runsPods).map(Workload::new).toList();
		List<String> problems = new ArrayList<>();
		for (Manifest manifest : manifests) {
			JsonObject spec = manifest.spec();
			switch (manifest.kind()) {
				case "Deployment" -> {
					Map<String, String> selector = Workload.labels(spec.getAsJsonObject("selector"), "matchLabels");
					Map<String, String> labels = new Workload(manifest).podLabels();
					if (!new Workload(manifest).selectedBy(selector)) {
						problems.add(manifest.id() + ": selector " + selector
								+ " does not match the labels of its pod template " + labels);
					}
				}
				case "Service" -> service(manifest, Workload.labels(spec, "selector"), workloads, problems);
				case "PodDisruptionBudget" -> selects(manifest,
						Workload.labels(spec.getAsJsonObject("selector"), "matchLabels"), workloads, problems);
				case "NetworkPolicy" -> networkPolicy(manifest, workloads, problems);
				case "HorizontalPodAutoscaler" -> {
					String target = Manifest.text(spec.getAsJsonObject("scaleTargetRef").get("name"));
					if (manifests.stream().noneMatch((m) -> m.kind().equals("Deployment") && m.name().equals(target))) {
						problems.add(manifest.id() + ": scales Deployment/" + target + ", which is not rendered");
					}
				}
				default -> {
				}
			}
		}
		return problems;
	}

	private static List<Workload> selects(Manifest manifest, Map<String, String> selector, List<Workload> workloads,
			List<String> problems) {
		List<Workload> selected = workloads.stream().filter((workload) -> workload.selectedBy(selector)).toList();
		if (selected.isEmpty()) {
			problems.add(manifest.id() + ": selector " + selector + " matches the pods of no Deployment or Job");
		}
		return selected;
	}

	private static void service(Manifest service, Map<String, String> selector, List<Workload> workloads,
			List<String> problems) {
		List<Workload> selected = selects(service, selector, workloads, problems);
		for (JsonElement port : service.spec().getAsJsonArray("ports")) {
			String target = Manifest.text(port.getAsJsonObject().get("targetPort"));
			if (target.isEmpty()) {
				target = Manifest.text(port.getAsJsonObject().get("port"));
			}
			for (Workload workload : selected) {
				if (!containerPorts(workload).contains(target)) {
					problems.add(service.id() + ": targetPort " + target + " is no container port of "
							+ workload.manifest().id() + " " + containerPorts(workload));
				}
			}
		}
	}

	private static void networkPolicy(Manifest policy, List<Workload> workloads, List<String> problems) {
		JsonObject spec = policy.spec();
		List<Workload> selected = selects(policy, Workload.labels(spec.getAsJsonObject("podSelector"), "matchLabels"),
				workloads, problems);
		if (!spec.has("ingress")) {
			return;
		}
		for (JsonElement rule : spec.getAsJsonArray("ingress")) {
			JsonObject ingress = rule.getAsJsonObject();
			if (ingress.has("from")) {
				for (JsonElement peer : ingress.getAsJsonArray("from")) {
					JsonObject pods = peer.getAsJsonObject().getAsJsonObject("podSelector");
					if (pods != null) {
						selects(policy, Workload.labels(pods, "matchLabels"), workloads, problems);
					}
				}
			}
			if (ingress.has("ports")) {
				for (JsonElement port : ingress.getAsJsonArray("ports")) {
					String name = Manifest.text(port.getAsJsonObject().get("port"));
					selected.stream()
						.filter((workload) -> !containerPorts(workload).contains(name))
						.forEach((workload) -> problems.add(policy.id() + ": admits port " + name
								+ ", which is no container port of " + workload.manifest().id()));
				}
			}
		}
	}

	/** The names and numbers of a workload's container ports. */
	static Set<String> containerPorts(Workload workload) {
		Set<String> ports = new TreeSet<>();
		for (JsonObject container : workload.containers()) {
			if (container.has("ports")) {
				for (JsonElement port : container.getAsJsonArray("ports")) {
					ports.add(Manifest.text(port.getAsJsonObject().get("containerPort")));
					ports.add(Manifest.text(port.getAsJsonObject().get("name")));
				}
			}
		}
		ports.remove("");
		return ports;
	}

}
