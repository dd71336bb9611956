package dev.carve.k8s.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import dev.carve.runtime.gateway.ModulesProperties;
import dev.carve.runtime.gateway.RemoteModule;
import dev.carve.runtime.module.ModuleMode;

/**
 * The {@code CARVE_MODULES_<MODULE>_*} variables of a container, bound the way the
 * runtime binds {@code carve.modules.<module>.*}: each must name a module of the shop and
 * one of its settings, with a value the runtime accepts.
 */
final class ModuleVariables {

	static final String PREFIX = "CARVE_MODULES_";

	private ModuleVariables() {
	}

	static List<String> problems(String id, Map<String, String> variables, Set<String> modules) {
		List<String> problems = new ArrayList<>();
		Map<String, Map<String, Object>> byModule = new TreeMap<>();
		variables.forEach((name, value) -> {
			if (name.startsWith(PREFIX)) {
				String module = name.substring(PREFIX.length()).split("_")[0].toLowerCase(java.util.Locale.ROOT);
				if (modules.contains(module)) {
					byModule.computeIfAbsent(module, (key) -> new TreeMap<>()).put(name, value);
				}
				else {
					problems.add(id + ": " + name + " names module '" + module + "', which is not a module of the shop "
							+ modules);
				}
			}
		});
		byModule.forEach((module, settings) -> {
			Set<String> known = PropertyNames.variablesOf("carve.modules." + module, ModulesProperties.Settings.class);
			List<String> unknown = settings.keySet().stream().filter((name) -> !known.contains(name)).toList();
			unknown.forEach((name) -> problems.add(id + ": " + name + " binds to no setting of carve.modules." + module
					+ " (mode, url, transport, api-url, route, fence.*, client.*)"));
			if (unknown.isEmpty()) {
				bind(id, module, settings, problems);
			}
		});
		return problems;
	}

	private static void bind(String id, String module, Map<String, Object> settings, List<String> problems) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
		environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("container", settings));
		String prefix = "carve.modules." + module;
		ModulesProperties.Settings bound;
		try {
			bound = Binder.get(environment).bind(prefix, Bindable.of(ModulesProperties.Settings.class)).orElse(null);
		}
		catch (BindException ex) {
			String name = (ex.getProperty() != null) ? variable(ex.getProperty().getOrigin()) : prefix;
			problems.add(id + ": " + name + ": " + NestedExceptionUtils.getMostSpecificCause(ex).getMessage());
			return;
		}
		if (bound != null && bound.mode() != null && bound.mode() != ModuleMode.IN_PROCESS) {
			try {
				RemoteModule.of(module, environment);
			}
			catch (IllegalStateException ex) {
				problems.add(id + ": " + ex.getMessage());
			}
		}
	}

	private static String variable(Origin origin) {
		return (origin instanceof PropertySourceOrigin source) ? source.getPropertyName() : String.valueOf(origin);
	}

}
