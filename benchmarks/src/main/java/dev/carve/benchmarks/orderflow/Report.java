package dev.carve.benchmarks.orderflow;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import dev.carve.benchmarks.orderflow.OrderFlowBenchmark.Measurement;

/** Prints the figures of a run, the first topology being the baseline of the others. */
final class Report {

	/** The target for mixed / one-jar throughput. */
	private static final double TARGET_RATIO = 0.5;

	private Report() {
	}

	static void print(PrintStream out, int clients, List<Measurement> measurements) {
		out.printf("%nOrder flow, %d concurrent clients, closed loop on loopback%n", clients);
		out.printf("%-9s %9s %9s %9s %8s %13s%n", "topology", "orders/s", "p50 ms", "p99 ms", "failed", "CPU ms/order");
		for (Measurement m : measurements) {
			ClosedLoop.Result r = m.result();
			out.printf("%-9s %9.1f %9.1f %9.1f %8d %13.1f%n", m.topology().label(), r.throughput(),
					r.percentileMillis(50), r.percentileMillis(99), r.failures(), m.cpuPerOrderTotal() * 1000);
			for (Map.Entry<String, Double> process : m.cpuPerOrder().entrySet()) {
				out.printf("    %-32s %8.2f CPU ms/order%n", process.getKey(), process.getValue() * 1000);
			}
		}
		if (measurements.size() > 1) {
			Measurement baseline = measurements.getFirst();
			for (Measurement m : measurements.subList(1, measurements.size())) {
				double ratio = m.result().throughput() / baseline.result().throughput();
				out.printf("%s / %s throughput: %.2fx (target >= %.1fx: %s)%n", m.topology().label(),
						baseline.topology().label(), ratio, TARGET_RATIO, (ratio >= TARGET_RATIO) ? "met" : "missed");
			}
		}
	}

}
