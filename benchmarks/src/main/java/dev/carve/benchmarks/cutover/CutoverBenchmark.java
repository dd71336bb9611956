package dev.carve.benchmarks.cutover;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.carve.benchmarks.Runs;
import dev.carve.benchmarks.move.CarveRun;
import dev.carve.benchmarks.orderflow.ShopClient;

/**
 * Switches inventory from the monolith to inventory-service with {@code carve cutover}
 * while customers keep ordering at a fixed rate, and prints how long orders and the
 * fenced writes waited beside the orders' latency with nothing else running, measured
 * earlier in the same run under the same load.
 * <p>
 * The run: {@link CutoverTopology} starts the servers and the monolith; a product with
 * stock and the customers are created through the public API; an {@link OpenLoop} places
 * one-unit orders for the warm-up, then for the baseline window; {@code carve move
 * inventory} starts and the benchmark waits until it streams, then starts
 * inventory-service dormant and lets the load run for the settle window;
 * {@code carve cutover inventory --json} switches the module over, and the load runs on
 * for the after window. Every order must succeed and the cutover must exit 0, or the
 * benchmark exits 1 after printing its figures (or what failed).
 * <p>
 * Arguments ({@code --name=value}): {@code root} (the repository), {@code work} (data and
 * logs), {@code rate} (10 orders per second), {@code customers} (20), {@code warmup}
 * (20s), {@code baseline} (20s), {@code settle} (5s), {@code after} (30s).
 */
public final class CutoverBenchmark {

	static final String MODULE = "inventory";

	private static final String SKU = "CUTOVER-MUG";

	private static final int DONE = 0;

	private static final Duration STREAMING_TIMEOUT = Duration.ofMinutes(3);

	private CutoverBenchmark() {
	}

	/**
	 * Runs the benchmark and exits: 0 once it printed its figures with every order
	 * placed, 1 when an order or a step failed (the in-JVM broker's threads would keep
	 * the JVM alive otherwise).
	 */
	public static void main(String[] args) {
		try {
			System.exit(run(Runs.options(args)) ? 0 : 1);
		}
		catch (Exception ex) {
			ex.printStackTrace();
			System.exit(1);
		}
	}

	/** Runs the benchmark; whether every order succeeded. */
	private static boolean run(Map<String, String> options) throws Exception {
		Path root = Runs.root(options);
		Path work = Runs.work(options, "benchmarks/target/cutover");
		double rate = Double.parseDouble(options.getOrDefault("rate", "10"));
		int customerCount = Integer.parseInt(options.getOrDefault("customers", "20"));
		Duration warmup = duration(options, "warmup", "20s");
		Duration baseline = duration(options, "baseline", "20s");
		Duration settle = duration(options, "settle", "5s");
		Duration after = duration(options, "after", "30s");
		Runs.emptyDirectory(work);
		System.out.println("starting PostgreSQL, Kafka and the monolith");
		try (CutoverTopology topology = CutoverTopology.start(root, work); ShopClient shop = new ShopClient()) {
			String monolith = topology.monolithUrl();
			String admin = shop.login(monolith, CutoverTopology.ADMIN_EMAIL, CutoverTopology.ADMIN_PASSWORD);
			shop.createProduct(monolith, admin, SKU);
			shop.setStock(monolith, admin, SKU, 10_000_000);
			String[] customers = new String[customerCount];
			String run = Long.toString(Instant.now().toEpochMilli(), 36);
			for (int customer = 0; customer < customerCount; customer++) {
				customers[customer] = shop.newCustomer(monolith, "cutover-" + run + "-" + customer + "@carve.test");
			}
			Map<String, String> carve = new HashMap<>(topology.carveEnvironment());
			carve.put("CARVE_TOKEN", admin);
			Windows windows = new Windows();
			Switch cutover;
			FenceWaits waits;
			OpenLoop load = OpenLoop.start(rate,
					(sequence) -> shop.placeOrder(monolith, customers[sequence % customerCount], SKU));
			try {
				System.out.printf("ordering at %.1f orders/s: warming up for %d s%n", rate, warmup.toSeconds());
				Thread.sleep(warmup);
				System.out.printf("measuring the baseline for %d s%n", baseline.toSeconds());
				windows.measure("baseline", baseline);
				try (CarveRun move = CarveRun.start(root, work, "carve-move", null, carve, List.of("move", MODULE))) {
					double streaming = MovePhase.awaitStreaming(topology.target(), MODULE, move, STREAMING_TIMEOUT);
					System.out.printf("carve move streams after %.1f s; starting inventory-service dormant%n",
							streaming);
					long serviceStart = System.nanoTime();
					topology.startService();
					System.out.printf("inventory-service ready after %.1f s; settling for %d s%n",
							(System.nanoTime() - serviceStart) / 1e9, settle.toSeconds());
					windows.measure("streaming", settle);
					System.out.println("carve cutover inventory");
					cutover = cutOver(root, work, carve, topology, windows);
					System.out.printf("carve cutover done; ordering on for %d s%n", after.toSeconds());
					windows.measure("after", after);
					waits = fenceWaits(shop, monolith, admin);
				}
			}
			finally {
				load.close();
			}
			CutoverReport.print(System.out, rate, customerCount, cutover.times(), cutover.fence(), waits,
					windows.results(load), load.overlapping(cutover.fence().from(), cutover.fence().to()));
			List<OpenLoop.Sample> failures = load.failures();
			if (!failures.isEmpty()) {
				System.out.printf("%d orders failed, the first: %s%n", failures.size(), failures.getFirst().failure());
			}
			System.out.println("Logs of every process and command in " + work);
			return failures.isEmpty();
		}
	}

	/**
	 * Runs {@code carve cutover} to its end while watching the monolith's route, and adds
	 * the window of the command and those of its parts: before the fence, fenced, and
	 * after the switch.
	 * @throws IllegalStateException when the command does not exit 0
	 */
	private static Switch cutOver(Path root, Path work, Map<String, String> carve, CutoverTopology topology,
			Windows windows) throws Exception {
		long from = System.nanoTime();
		CutoverTimes times;
		RouteWatch.Fence fence;
		try (RouteWatch watch = RouteWatch.start(topology.source(), MODULE)) {
			CarveRun command = CarveRun.start(root, work, "carve-cutover", null, carve, List.of("cutover", MODULE,
					"--source-app", topology.monolithUrl(), "--target-app", topology.serviceUrl(), "--json"));
			command.await(DONE);
			times = CutoverTimes.from(command.output());
			fence = watch.fence();
		}
		long to = System.nanoTime();
		windows.add("cutover", from, to);
		windows.add("before-fence", from, fence.from());
		windows.add("fenced", fence.from(), fence.to());
		windows.add("switched", fence.to(), to);
		return new Switch(times, fence);
	}

	/**
	 * A cutover as the command reported it and as the route watch saw it.
	 *
	 * @param times what the command reported
	 * @param fence when the monolith's route was seen fenced and dormant
	 */
	private record Switch(CutoverTimes times, RouteWatch.Fence fence) {
	}

	/** The monolith's fence waits, or why they could not be read. */
	private static FenceWaits fenceWaits(ShopClient shop, String monolith, String admin) throws Exception {
		try {
			return FenceWaits.read(shop, monolith, admin, MODULE);
		}
		catch (IllegalStateException ex) {
			return new FenceWaits(0, Double.NaN, Double.NaN, Double.NaN, "unreadable: " + ex.getMessage());
		}
	}

	private static Duration duration(Map<String, String> options, String name, String otherwise) {
		return Duration.parse("PT" + options.getOrDefault(name, otherwise));
	}

}
