package dev.carve.benchmarks.startup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** How a deployable's JVM is started. */
enum Variant {

	/** The executable jar, as {@code ./carve-run} starts it. */
	JAR("java -jar"),

	/** Spring Boot's extracted layout: the application jar beside its libraries. */
	EXTRACTED("extracted"),

	/** The extracted layout with the AOT cache of a training run, required to map. */
	AOT_CACHE("extracted + AOT cache");

	/** The JVM options every variant shares, those of {@code ./carve-run}. */
	static final List<String> JVM_OPTIONS = List.of("--enable-native-access=ALL-UNNAMED",
			"--sun-misc-unsafe-memory-access=allow");

	private final String label;

	Variant(String label) {
		this.label = label;
	}

	String label() {
		return this.label;
	}

	/**
	 * The command line of this variant.
	 * @param java the {@code java} executable
	 * @param deployable the prepared deployable
	 * @return the command, without application arguments
	 */
	List<String> command(Path java, Deployable deployable) {
		List<String> command = new ArrayList<>(List.of(java.toString()));
		command.addAll(JVM_OPTIONS);
		if (this == AOT_CACHE) {
			// AOTMode=on: fail rather than silently start without the cache.
			command.addAll(List.of("-XX:AOTCache=" + deployable.cache(), "-XX:AOTMode=on"));
		}
		command.addAll(List.of("-jar", ((this == JAR) ? deployable.jar() : deployable.extractedJar()).toString()));
		return command;
	}

}
