package dev.carve.benchmarks.cutover;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import dev.carve.benchmarks.orderflow.ClosedLoop;

/**
 * Prints the figures of a run: the fence as {@code carve cutover} timed it, the orders of
 * each window beside those of the baseline window (the first) with the ratios of their
 * percentiles, and the writes' waits at the fence against the target.
 */
final class CutoverReport {

	/**
	 * The target: the time requests waited at the fence, p99, on this machine.
	 */
	private static final double TARGET_FENCE_WAIT_P99_MILLIS = 100;

	private static final Map<String, String> LABELS = Map.of("baseline", "orders, nothing else running", "streaming",
			"orders, carve move streaming", "cutover", "orders during carve cutover", "before-fence",
			"  due before the fence", "fenced", "  due while fenced", "switched", "  due after the switch", "after",
			"orders after the cutover");

	private CutoverReport() {
	}

	private static void row(PrintStream out, String label, ClosedLoop.Result orders, ClosedLoop.Result baseline) {
		if (orders.latencies().length == 0) {
			out.printf("%-36s %7.1f %7d %7d %8s %8s %8s   %s%n", label, orders.elapsed().toMillis() / 1e3,
					orders.failures(), orders.failures(), "-", "-", "-",
					(orders.failures() == 0) ? "no order was due in this window" : "no order succeeded in this window");
			return;
		}
		String ratio = (orders == baseline) ? "(baseline)"
				: String.format("%.2fx, %.2fx, %.2fx", orders.percentileMillis(50) / baseline.percentileMillis(50),
						orders.percentileMillis(99) / baseline.percentileMillis(99),
						orders.maxMillis() / baseline.maxMillis());
		out.printf("%-36s %7.1f %7d %7d %8.1f %8.1f %8.1f   %s%n", label, orders.elapsed().toMillis() / 1e3,
				orders.latencies().length + orders.failures(), orders.failures(), orders.percentileMillis(50),
				orders.percentileMillis(99), orders.maxMillis(), ratio);
	}

	private static String verdict(double p99Millis) {
		if (Double.isNaN(p99Millis)) {
			return "unknown";
		}
		return (p99Millis <= TARGET_FENCE_WAIT_P99_MILLIS) ? "met" : "missed";
	}

	static void print(PrintStream out, double rate, int customers, CutoverTimes cutover, RouteWatch.Fence fence,
			FenceWaits waits, List<Windows.Window> windows, ClosedLoop.Result overlapped) {
		out.printf("%nCutover of %s from the monolith to inventory-service, open loop of %.1f orders/s from %d"
				+ " customers, on loopback, Kafka in between%n", CutoverBenchmark.MODULE, rate, customers);
		out.printf(
				"carve cutover: writes fenced %d ms, of which the target caught up to the mark in %d ms;"
						+ " steps (ms): %s; marks before the fence reached the target in (ms): %s%n",
				cutover.fencedMillis(), cutover.appliedMillis(), cutover.stepsMillis(), cutover.marksMillis());
		out.printf("the monolith's route seen fenced for %.0f ms (its database polled every 5 ms)%n", fence.millis());
		out.printf("%-36s %7s %7s %7s %8s %8s %8s   %s%n", "figure", "seconds", "orders", "failed", "p50 ms", "p99 ms",
				"max ms", "ratio to the baseline of this run (p50, p99, max)");
		ClosedLoop.Result baseline = windows.getFirst().orders();
		for (Windows.Window window : windows) {
			row(out, LABELS.getOrDefault(window.name(), window.name()), window.orders(), baseline);
		}
		row(out, "orders in flight while fenced", overlapped, baseline);
		out.printf("%-36s %7s %7d %7s %8.1f %8.1f %8.1f   %.2fx the p99 of the baseline's orders%n",
				"writes waited at the fence", "", waits.count(), "", waits.p50Millis(), waits.p99Millis(),
				waits.maxMillis(), waits.p99Millis() / baseline.percentileMillis(99));
		out.printf("    (the monolith's timer carve.modules.fence.wait; percentiles from %s)%n", waits.source());
		out.printf("time writes waited at the fence, p99: %.1f ms (target <= %.0f ms on this machine: %s)%n",
				waits.p99Millis(), TARGET_FENCE_WAIT_P99_MILLIS, verdict(waits.p99Millis()));
	}

}
