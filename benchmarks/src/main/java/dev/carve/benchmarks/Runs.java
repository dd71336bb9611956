package dev.carve.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the benchmarks that start processes share: their arguments and a fresh directory.
 */
public final class Runs {

	private Runs() {
	}

	/**
	 * The benchmark's arguments.
	 * @param args arguments of the form {@code --name=value}
	 * @return the values by name, in order
	 * @throws IllegalArgumentException for an argument of another form
	 */
	public static Map<String, String> options(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : args) {
			if (!arg.startsWith("--") || !arg.contains("=")) {
				throw new IllegalArgumentException("Arguments are --name=value, not " + arg);
			}
			options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
		}
		return options;
	}

	/**
	 * The repository's root directory, from the option {@code root}.
	 * @param options the benchmark's options
	 * @return its absolute path; the working directory without the option
	 */
	public static Path root(Map<String, String> options) {
		return Path.of(options.getOrDefault("root", ".")).toAbsolutePath().normalize();
	}

	/**
	 * The directory for the run's data and logs, from the option {@code work}.
	 * @param options the benchmark's options
	 * @param otherwise the directory without the option, relative to the working
	 * directory
	 * @return its absolute path
	 */
	public static Path work(Map<String, String> options, String otherwise) {
		return Path.of(options.getOrDefault("work", otherwise)).toAbsolutePath();
	}

	/**
	 * A fresh start: deletes the directory with the data and logs of an earlier run, then
	 * creates it empty.
	 * @param directory the directory
	 */
	public static void emptyDirectory(Path directory) throws IOException {
		if (Files.exists(directory)) {
			try (Stream<Path> paths = Files.walk(directory)) {
				for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
		Files.createDirectories(directory);
	}

}
