package dev.carve.k8s.check;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the check reads from the repository besides the manifests: the image names, the
 * Secrets the user creates, the shop's modules and the applications' own configuration.
 *
 * @param root the repository's root directory
 */
public record Project(Path root) {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");

	private static final Pattern READ_DIRECTLY = Pattern.compile("getProperty\\(\"([A-Z][A-Z0-9_]*)\"");

	/** The directory of the manifests. */
	public Path k8s() {
		return this.root.resolve("k8s");
	}

	/**
	 * The image of every deployable, from {@code k8s/images.properties}: the one place
	 * image names are kept.
	 * @return image name (without tag) by deployable
	 */
	public Map<String, String> images() throws IOException {
		return properties(k8s().resolve("images.properties"));
	}

	/**
	 * The Secrets the user creates, from {@code k8s/secrets.properties}.
	 * @return the keys of each Secret, by its name
	 */
	public Map<String, Set<String>> userSecrets() throws IOException {
		return properties(k8s().resolve("secrets.properties")).entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey,
					(entry) -> new TreeSet<>(Arrays.asList(entry.getValue().split("\\s*,\\s*")))));
	}

	/** The names of the shop's modules: the directories of {@code monolith/modules}. */
	public Set<String> modules() throws IOException {
		try (Stream<Path> directories = Files.list(this.root.resolve("monolith/modules"))) {
			return directories.filter((directory) -> Files.isRegularFile(directory.resolve("pom.xml")))
				.map((directory) -> directory.getFileName().toString())
				.collect(Collectors.toCollection(TreeSet::new));
		}
	}

	/**
	 * The {@code application.yaml} of a deployable: the monolith's, or a service's.
	 * @param deployable {@code monolith} or the name of a service, such as
	 * {@code inventory-service}
	 * @return its path
	 */
	public Path applicationYaml(String deployable) {
		Path app = deployable.equals("monolith") ? this.root.resolve("monolith/app")
				: this.root.resolve("services").resolve(deployable);
		return app.resolve("src/main/resources/application.yaml");
	}

	/**
	 * The environment variables an application reads by name rather than through a
	 * property: the placeholders of its {@code application.yaml}, and what the runtime
	 * and the modules look up by exactly that name.
	 * @param deployable the deployable
	 * @return the variables' names
	 */
	public Set<String> variablesReadByName(String deployable) throws IOException {
		Set<String> names = new TreeSet<>(matches(PLACEHOLDER, Files.readString(applicationYaml(deployable))));
		try (Stream<Path> sources = Stream
			.of(this.root.resolve("migration-toolkit/runtime/src/main"), this.root.resolve("monolith/modules"))
			.flatMap(Project::walk)) {
			for (Path source : sources.filter((file) -> file.toString().endsWith(".java")).toList()) {
				names.addAll(matches(READ_DIRECTLY, Files.readString(source)));
			}
		}
		return names;
	}

	private static Stream<Path> walk(Path directory) {
		try {
			return Files.walk(directory);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The first group of every match of a pattern in a text. */
	static Set<String> matches(Pattern pattern, String text) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static Map<String, String> properties(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file)) {
			properties.load(reader);
		}
		Map<String, String> map = new TreeMap<>();
		properties.forEach((key, value) -> map.put(key.toString(), value.toString()));
		return map;
	}

}
