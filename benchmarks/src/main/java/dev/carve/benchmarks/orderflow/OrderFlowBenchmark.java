package dev.carve.benchmarks.orderflow;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.carve.benchmarks.Runs;

/**
 * Places orders in the one jar and in the mixed topology, one after the other in the same
 * run, and prints throughput, latency percentiles and CPU seconds per order of each
 * process, with the mixed / one-jar ratio.
 * <p>
 * Arguments ({@code --name=value}): {@code root} (the repository), {@code work} (data and
 * logs), {@code clients} (16), {@code warmup} (120s: the processes' JIT compilers are
 * done by then), {@code measure} (30s), {@code topologies} ({@code one-jar,mixed}),
 * {@code profile} (a directory: record a JFR profile of every process while measuring),
 * {@code java-options} (for every process).
 */
public final class OrderFlowBenchmark {

	private static final String SKU = "BENCH-MUG";

	private OrderFlowBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = Runs.options(args);
		Path root = Runs.root(options);
		Path work = Runs.work(options, "benchmarks/target/order-flow");
		int clients = Integer.parseInt(options.getOrDefault("clients", "16"));
		Duration warmup = Duration.parse("PT" + options.getOrDefault("warmup", "120s"));
		Duration measure = Duration.parse("PT" + options.getOrDefault("measure", "30s"));
		String profile = options.get("profile");
		String javaOptions = options.getOrDefault("java-options", "");
		List<Measurement> measurements = new ArrayList<>();
		for (String label : options.getOrDefault("topologies", "one-jar,mixed").split(",")) {
			Topology topology = Topology.of(label.trim());
			Path directory = work.resolve(topology.label());
			Runs.emptyDirectory(directory);
			measurements.add(measure(root, directory, topology, clients, warmup, measure,
					(profile != null) ? Path.of(profile).toAbsolutePath() : null, javaOptions));
		}
		Report.print(System.out, clients, measurements);
	}

	private static Measurement measure(Path root, Path work, Topology topology, int clients, Duration warmup,
			Duration measure, Path profile, String javaOptions) throws Exception {
		System.out.printf("%s: starting%n", topology.label());
		List<Deployable> processes = topology.start(root, work, javaOptions);
		try (ShopClient shop = new ShopClient()) {
			for (Deployable process : processes) {
				process.awaitReady();
			}
			String monolith = processes.getFirst().url();
			String admin = shop.login(monolith, Topology.ADMIN_EMAIL, Topology.ADMIN_PASSWORD);
			shop.createProduct(monolith, admin, SKU);
			shop.setStock(topology.inventoryUrl(), admin, SKU, 10_000_000);
			String[] customers = new String[clients];
			String run = Long.toString(Instant.now().toEpochMilli(), 36);
			for (int client = 0; client < clients; client++) {
				customers[client] = shop.newCustomer(monolith, "bench-" + run + "-" + client + "@carve.test");
			}
			ClosedLoop.Call order = (client) -> shop.placeOrder(monolith, customers[client], SKU);
			System.out.printf("%s: warming up for %s%n", topology.label(), warmup);
			ClosedLoop.run(clients, warmup, order);
			if (profile != null) {
				Profiler.start(processes, profile.resolve(topology.label()), measure);
			}
			double[] before = cpu(processes);
			System.out.printf("%s: measuring for %s%n", topology.label(), measure);
			ClosedLoop.Result result = ClosedLoop.run(clients, measure, order);
			double[] after = cpu(processes);
			Map<String, Double> cpuPerOrder = new LinkedHashMap<>();
			for (int i = 0; i < processes.size(); i++) {
				double orders = Math.max(1, result.latencies().length);
				cpuPerOrder.put(processes.get(i).name() + " JVM", (after[2 * i] - before[2 * i]) / orders);
				cpuPerOrder.put(processes.get(i).name() + " PostgreSQL",
						(after[2 * i + 1] - before[2 * i + 1]) / orders);
			}
			if (profile != null) {
				Profiler.stop(processes);
			}
			return new Measurement(topology, result, cpuPerOrder);
		}
		finally {
			for (Deployable process : processes) {
				process.close();
			}
		}
	}

	private static double[] cpu(List<Deployable> processes) {
		double[] cpu = new double[processes.size() * 2];
		for (int i = 0; i < processes.size(); i++) {
			cpu[2 * i] = processes.get(i).jvmCpu();
			cpu[2 * i + 1] = processes.get(i).postgresCpu();
		}
		return cpu;
	}

	/**
	 * One topology's figures.
	 *
	 * @param topology where the modules ran
	 * @param result the closed loop's latencies and failures
	 * @param cpuPerOrder CPU seconds per order, by process
	 */
	record Measurement(Topology topology, ClosedLoop.Result result, Map<String, Double> cpuPerOrder) {

		double cpuPerOrderTotal() {
			return this.cpuPerOrder.values().stream().mapToDouble(Double::doubleValue).sum();
		}

	}

}
