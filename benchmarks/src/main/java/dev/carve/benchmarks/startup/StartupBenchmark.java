package dev.carve.benchmarks.startup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import dev.carve.benchmarks.Runs;

/**
 * Starts the monolith's jar and a service's jar several times in each {@link Variant},
 * one variant after the other in turn, and prints the median time to healthy and resident
 * memory of each, with its ratio to {@code java -jar} and the AOT cache's ratio to the
 * same extracted layout without it.
 * <p>
 * Arguments ({@code --name=value}): {@code root} (the repository), {@code work} (data and
 * logs, {@code benchmarks/target/startup}), {@code runs} (3 per variant),
 * {@code deployables} ({@code monolith,inventory-service}).
 */
public final class StartupBenchmark {

	private StartupBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Map<String, String> options = Runs.options(args);
		int runs = Integer.parseInt(options.getOrDefault("runs", "3"));
		Path root = Runs.root(options);
		Path work = Runs.work(options, "benchmarks/target/startup");
		List<String> lines = new ArrayList<>();
		for (String name : options.getOrDefault("deployables", "monolith,inventory-service").split(",")) {
			Deployable deployable = deployable(root, work, name.trim());
			System.out.printf("%s: extracting and training the AOT cache%n", deployable.name());
			deployable.prepare(java);
			Map<Variant, List<Launch>> launches = new EnumMap<>(Variant.class);
			for (int run = 1; run <= runs; run++) {
				for (Variant variant : Variant.values()) {
					Path log = deployable.work().resolve(variant.name().toLowerCase() + "-" + run + ".log");
					Launch launch = Launch.measure(variant.command(java, deployable), deployable.environment(),
							deployable.health(), log);
					System.out.printf("%s, %s, run %d: healthy in %d ms, RSS %.0f MiB%n", deployable.name(),
							variant.label(), run, launch.millis(), launch.rssMegabytes());
					launches.computeIfAbsent(variant, (key) -> new ArrayList<>()).add(launch);
				}
			}
			lines.addAll(report(deployable.name(), launches));
		}
		System.out.printf("%nStart-up and memory, median of %d runs per variant (JVM RSS when health is UP)%n", runs);
		System.out.printf("%-18s %-22s %11s %9s %12s %10s%n", "deployable", "variant", "healthy ms", "RSS MiB",
				"time ratio", "RSS ratio");
		lines.forEach(System.out::println);
	}

	private static List<String> report(String name, Map<Variant, List<Launch>> launches) {
		double jarMillis = median(launches.get(Variant.JAR), Launch::millis);
		double jarRss = median(launches.get(Variant.JAR), Launch::rssMegabytes);
		List<String> lines = new ArrayList<>();
		for (Variant variant : Variant.values()) {
			double millis = median(launches.get(variant), Launch::millis);
			double rss = median(launches.get(variant), Launch::rssMegabytes);
			lines.add(String.format("%-18s %-22s %11.0f %9.0f %11.2fx %9.2fx", name, variant.label(), millis, rss,
					millis / jarMillis, rss / jarRss));
		}
		double extracted = median(launches.get(Variant.EXTRACTED), Launch::millis);
		double cached = median(launches.get(Variant.AOT_CACHE), Launch::millis);
		double extractedRss = median(launches.get(Variant.EXTRACTED), Launch::rssMegabytes);
		double cachedRss = median(launches.get(Variant.AOT_CACHE), Launch::rssMegabytes);
		lines.add(String.format("%-18s AOT cache / extracted: time %.2fx, RSS %.2fx", name, cached / extracted,
				cachedRss / extractedRss));
		return lines;
	}

	private static double median(List<Launch> launches, ToDoubleFunction<Launch> value) {
		double[] sorted = launches.stream().mapToDouble(value).sorted().toArray();
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	private static Deployable deployable(Path root, Path work, String name) throws IOException {
		Path jar = name.equals("monolith") ? root.resolve("monolith/app/target/carve-monolith.jar")
				: root.resolve("services").resolve(name).resolve("target").resolve(name + ".jar");
		Path directory = work.resolve(name);
		Runs.emptyDirectory(directory);
		int offset = name.equals("monolith") ? 0 : 100 + Math.abs(name.hashCode() % 100);
		return new Deployable(name, jar, directory, 18080 + offset, 18090 + offset);
	}

}
