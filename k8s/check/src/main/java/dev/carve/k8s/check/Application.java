package dev.carve.k8s.check;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import dev.carve.runtime.security.SecurityAutoConfiguration;

/**
 * What a deployable's own configuration says about how it can be probed.
 *
 * @param config its {@code application.yaml}, as nested maps
 */
record Application(Map<String, Object> config) {

	static Application read(Path applicationYaml) throws IOException {
		try (Reader reader = Files.newBufferedReader(applicationYaml)) {
			Map<String, Object> config = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
			return new Application((config != null) ? config : Map.of());
		}
	}

	/**
	 * The health paths the application serves to callers without a token: the health
	 * groups its configuration declares (liveness and readiness when probes are enabled)
	 * that the runtime's security leaves open.
	 * @return the paths
	 */
	Set<String> openProbePaths() {
		String base = String.valueOf(value("management.endpoints.web.base-path", "/actuator"));
		Set<String> groups = new TreeSet<>();
		if (Boolean.TRUE.equals(value("management.endpoint.health.probes.enabled", false))) {
			groups.addAll(Set.of("liveness", "readiness"));
		}
		if (value("management.endpoint.health.group", Map.of()) instanceof Map<?, ?> declared) {
			declared.keySet().forEach((group) -> groups.add(group.toString()));
		}
		Set<String> paths = new TreeSet<>();
		groups.forEach((group) -> paths.add(base + "/health/" + group));
		paths.retainAll(openPaths());
		return paths;
	}

	private Object value(String path, Object otherwise) {
		Object node = this.config;
		for (String key : path.split("\\.")) {
			if (!(node instanceof Map<?, ?> map) || !map.containsKey(key)) {
				return otherwise;
			}
			node = map.get(key);
		}
		return node;
	}

	private static Set<String> openPaths() {
		try {
			var field = SecurityAutoConfiguration.class.getDeclaredField("PROBES");
			field.setAccessible(true);
			return Set.of((String[]) field.get(null));
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("SecurityAutoConfiguration.PROBES, the paths the runtime leaves open to "
					+ "probes, cannot be read", ex);
		}
	}

}
