package dev.carve.k8s.check;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Whether a Deployment's container fits the application it runs: the image the one list
 * of images names for the deployable, probes on paths the application serves to anyone
 * and on its ports, and environment variables that each set something the application
 * reads.
 */
final class Containers {

	private static final List<String> PROBES = List.of("startupProbe", "livenessProbe", "readinessProbe");

	static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS");

	private final Project project;

	private final Map<String, String> images;

	private final Set<String> modules;

	private final PropertyNames properties;

	Containers(Project project) throws IOException {
		this.project = project;
		this.images = project.images();
		this.modules = project.modules();
		this.properties = PropertyNames.load();
	}

	List<String> problems(Workload deployment, References references) throws IOException {
		String id = deployment.manifest().id();
		String deployable = deployment.manifest().name();
		String image = this.images.get(deployable);
		if (image == null) {
			return List.of(id + ": k8s/images.properties names no image for deployable " + deployable);
		}
		Application application = Application.read(this.project.applicationYaml(deployable));
		Set<String> readByName = this.project.variablesReadByName(deployable);
		List<String> problems = new ArrayList<>();
		for (JsonObject container : deployment.containers()) {
			String actual = imageName(container);
			if (!actual.equals(image)) {
				problems.add(id + ": image " + actual + " is not " + image + ", the image of " + deployable
						+ " in k8s/images.properties");
			}
			probes(id, container, application.openProbePaths(), Selectors.containerPorts(deployment), problems);
			Map<String, String> variables = variables(container, references);
			variables.keySet()
				.stream()
				.filter((name) -> !name.startsWith(ModuleVariables.PREFIX) && !JVM_VARIABLES.contains(name)
						&& !readByName.contains(name) && !this.properties.binds(name))
				.forEach((name) -> problems.add(id + ": " + name + " sets no property " + deployable + " knows"));
			problems.addAll(ModuleVariables.problems(id, variables, this.modules));
			if (!List.of(variables.getOrDefault("SPRING_PROFILES_ACTIVE", "").split(",")).contains("production")
					|| !variables.containsKey("SPRING_DATASOURCE_URL")) {
				problems.add(id + ": needs SPRING_PROFILES_ACTIVE with 'production' and SPRING_DATASOURCE_URL, "
						+ "or the embedded PostgreSQL could start in the pod");
			}
		}
		return problems;
	}

	private static void probes(String id, JsonObject container, Set<String> paths, Set<String> ports,
			List<String> problems) {
		for (String probe : PROBES) {
			JsonObject get = container.has(probe) ? container.getAsJsonObject(probe).getAsJsonObject("httpGet") : null;
			if (get == null) {
				problems.add(id + ": has no " + probe + " over HTTP");
				continue;
			}
			String path = Manifest.text(get.get("path"));
			if (!paths.contains(path)) {
				problems.add(id + ": " + probe + " path " + path + " is none of the probes the application serves "
						+ "to anyone " + paths);
			}
			String port = Manifest.text(get.get("port"));
			if (!ports.contains(port)) {
				problems.add(id + ": " + probe + " port " + port + " is no container port " + ports);
			}
		}
	}

	/** The name of a container's image, without its tag or digest. */
	static String imageName(JsonObject container) {
		return Manifest.text(container.get("image")).replaceAll("(@.*|:[^/]*)$", "");
	}

	/** The container's environment: its own variables and those of its ConfigMaps. */
	static Map<String, String> variables(JsonObject container, References references) {
		Map<String, String> variables = new LinkedHashMap<>();
		for (JsonElement source : References.array(container, "envFrom")) {
			JsonObject configMap = source.getAsJsonObject().getAsJsonObject("configMapRef");
			if (configMap != null) {
				String name = Manifest.text(configMap.get("name"));
				references.configMapData(name).forEach(variables::put);
			}
		}
		for (JsonElement env : References.array(container, "env")) {
			JsonObject variable = env.getAsJsonObject();
			variables.put(Manifest.text(variable.get("name")),
					variable.has("value") ? Manifest.text(variable.get("value")) : "(from a reference)");
		}
		return variables;
	}

}
