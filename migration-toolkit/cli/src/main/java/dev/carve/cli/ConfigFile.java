package dev.carve.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The connection settings of a {@code --config} file: a properties file, or a YAML file
 * (named {@code *.yaml} or {@code *.yml}) whose nested keys read the same, such as
 *
 * <pre>
 * source:
 *   url: jdbc:postgresql://localhost:5432/shop
 *   user: shop
 * kafka: localhost:9092
 * </pre>
 *
 * Keys are {@link #KEYS}; any other key is a usage error, so that a misspelt one is not
 * silently ignored.
 */
final class ConfigFile {

	/** The keys a configuration file may hold. */
	static final List<String> KEYS = List.of("source.url", "source.user", "source.password", "target.url",
			"target.user", "target.password", "kafka", "source.app", "target.app", "token");

	private ConfigFile() {
	}

	/**
	 * Reads a configuration file.
	 * @param file the file
	 * @return its settings by key
	 * @throws CarveException {@link Carve#USAGE} when the file cannot be read or holds an
	 * unknown key
	 */
	static Map<String, String> read(Path file) {
		Map<String, String> settings = new TreeMap<>();
		String name = file.getFileName().toString();
		try {
			if (name.endsWith(".yaml") || name.endsWith(".yml")) {
				flatten("", YAMLMapper.builder().build().readTree(file.toFile()), settings);
			}
			else {
				Properties properties = new Properties();
				try (Reader reader = Files.newBufferedReader(file)) {
					properties.load(reader);
				}
				properties.stringPropertyNames().forEach((key) -> settings.put(key, properties.getProperty(key)));
			}
		}
		catch (IOException | JacksonException ex) {
			throw CarveException.usage("Cannot read --config " + file + ": " + ex.getMessage());
		}
		for (String key : settings.keySet()) {
			if (!KEYS.contains(key)) {
				throw CarveException
					.usage("Unknown key " + key + " in --config " + file + "; known keys: " + String.join(", ", KEYS));
			}
		}
		return settings;
	}

	private static void flatten(String prefix, JsonNode node, Map<String, String> settings) {
		if (node.isObject()) {
			node.properties().forEach((entry) -> flatten(prefix + entry.getKey() + ".", entry.getValue(), settings));
		}
		else if (!node.isNull() && !node.isMissingNode()) {
			settings.put(prefix.substring(0, prefix.length() - 1), node.asString());
		}
	}

}
