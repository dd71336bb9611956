package dev.carve.benchmarks.move;

import java.io.PrintStream;
import java.time.Duration;

import dev.carve.benchmarks.move.SteadyWrites.Latencies;

/**
 * Prints the change stream's lag under steady writes: the source's commit time of the
 * same writes, the lag of PostgreSQL's own logical replication at the same rate (the
 * baseline: the same decoding, applied by the target's own worker) and the lag of
 * {@code carve move} while it streams, each as p50, p99 and max in milliseconds, with the
 * ratios of the move's to the baseline's.
 */
final class LagReport {

	private LagReport() {
	}

	/**
	 * Prints the figures.
	 * @param rate the writes per second
	 * @param duration how long each was written
	 * @param replicated the writes measured with PostgreSQL's logical replication
	 * @param moved the writes measured with {@code carve move} streaming
	 */
	static void print(PrintStream out, int rate, Duration duration, Latencies replicated, Latencies moved) {
		out.printf(
				"%nChange-stream lag at %d writes/s for %d s (%d one-row UPDATE transactions), from the commit"
						+ " on the source until the target shows the write%n",
				rate, duration.toSeconds(), moved.writes());
		out.printf("%-44s %9s %9s %9s   %s%n", "figure", "p50 ms", "p99 ms", "max ms",
				"ratio to the baseline of this run");
		line(out, "commit on the source, during carve's writes", moved.commit(), "(the writer's own time)");
		line(out, "PostgreSQL logical replication, lag", replicated.lag(), "(baseline)");
		line(out, "carve move, streaming, lag", moved.lag(),
				String.format("%.1fx p50, %.1fx p99 of PostgreSQL logical replication",
						Latencies.percentile(moved.lag(), 0.5) / Latencies.percentile(replicated.lag(), 0.5),
						Latencies.percentile(moved.lag(), 0.99) / Latencies.percentile(replicated.lag(), 0.99)));
	}

	private static void line(PrintStream out, String name, double[] millis, String ratio) {
		out.printf("%-44s %9.2f %9.2f %9.2f   %s%n", name, Latencies.percentile(millis, 0.5),
				Latencies.percentile(millis, 0.99), Latencies.percentile(millis, 1), ratio);
	}

}
