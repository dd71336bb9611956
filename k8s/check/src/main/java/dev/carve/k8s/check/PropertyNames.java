package dev.carve.k8s.check;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * The properties the deployables know, from the Spring configuration metadata of the jars
 * they are made of ({@code META-INF/spring-configuration-metadata.json} on this class
 * path), by the name of the environment variable that sets each one.
 */
final class PropertyNames {

	/** Whether the property is a map, by the variable form of its name. */
	private final Map<String, Boolean> variables = new TreeMap<>();

	private PropertyNames() {
	}

	static PropertyNames load() throws IOException {
		PropertyNames names = new PropertyNames();
		ClassLoader loader = PropertyNames.class.getClassLoader();
		for (String resource : new String[] { "META-INF/spring-configuration-metadata.json",
				"META-INF/additional-spring-configuration-metadata.json" }) {
			for (URL url : Collections.list(loader.getResources(resource))) {
				try (Reader reader = new InputStreamReader(url.openStream(), StandardCharsets.UTF_8)) {
					JsonObject metadata = JsonParser.parseReader(reader).getAsJsonObject();
					if (metadata.has("properties")) {
						for (JsonElement property : metadata.getAsJsonArray("properties")) {
							JsonObject object = property.getAsJsonObject();
							String type = Manifest.text(object.get("type"));
							names.variables.merge(variable(Manifest.text(object.get("name"))),
									type.startsWith("java.util.Map<"), Boolean::logicalOr);
						}
					}
				}
			}
		}
		names.addConfigurationProperties("dev.carve");
		return names;
	}

	/**
	 * Adds the properties of the {@code @ConfigurationProperties} records below a
	 * package: the project's own jars carry no configuration metadata.
	 */
	private void addConfigurationProperties(String basePackage) {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
		for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
			Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), getClass().getClassLoader());
			ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
			String prefix = annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix();
			walk(prefix, type, this.variables);
		}
	}

	/**
	 * The variables that set the properties of a record bound at {@code prefix}.
	 * @param prefix where the record is bound
	 * @param type the record
	 * @return the variables' names
	 */
	static Set<String> variablesOf(String prefix, Class<?> type) {
		Map<String, Boolean> variables = new TreeMap<>();
		walk(prefix, type, variables);
		return variables.keySet();
	}

	private static void walk(String prefix, Class<?> type, Map<String, Boolean> variables) {
		if (!type.isRecord()) {
			variables.merge(variable(prefix), Map.class.isAssignableFrom(type), Boolean::logicalOr);
			return;
		}
		for (RecordComponent component : type.getRecordComponents()) {
			String name = component.getName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
			walk(prefix + "." + name, component.getType(), variables);
		}
	}

	/**
	 * The environment variable that sets a property, as Spring Boot's relaxed binding
	 * reads it: {@code spring.kafka.bootstrap-servers} is
	 * {@code SPRING_KAFKA_BOOTSTRAPSERVERS}.
	 */
	static String variable(String property) {
		return property.replace("-", "").replace('.', '_').toUpperCase(Locale.ROOT);
	}

	/**
	 * Whether the variable sets a known property, or an entry of a known map property.
	 */
	boolean binds(String variable) {
		if (this.variables.containsKey(variable)) {
			return true;
		}
		for (int at = variable.lastIndexOf('_'); at > 0; at = variable.lastIndexOf('_', at - 1)) {
			if (Boolean.TRUE.equals(this.variables.get(variable.substring(0, at)))) {
				return true;
			}
		}
		return false;
	}

}
