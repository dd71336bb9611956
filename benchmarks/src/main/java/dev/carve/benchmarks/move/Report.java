package dev.carve.benchmarks.move;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * Prints the figures of a run, each beside its baseline from the same run and the ratio.
 */
final class Report {

	private Report() {
	}

	/**
	 * Prints the figures.
	 * @param tables the rows of each table moved
	 * @param runs the runs each figure is the median of
	 */
	static void print(PrintStream out, Map<String, Long> tables, int runs, List<Figure> figures, String note) {
		long rows = tables.values().stream().mapToLong(Long::longValue).sum();
		out.printf("%nMove of %s, %d rows (%s), PostgreSQL to PostgreSQL on loopback, Kafka in between%s%n",
				InventorySchema.MODULE, rows, tables.toString().replaceAll("[{}]", "").replace('=', ' '),
				(runs > 1) ? ", medians of " + runs + " runs" : "");
		out.printf("%-44s %9s %10s   %s%n", "figure", "seconds", "rows/s", "ratio to the baseline of this run");
		for (Figure figure : figures) {
			Figure baseline = figure.baseline();
			String ratio = (baseline == null) ? "(baseline)"
					: String.format("%.2fx %s %s%s", figure.ratio(),
							figure.byThroughput() ? "the rows/s of" : "the time of", baseline.name(),
							(figure.target() != null) ? " (target " + figure.target() + ")" : "");
			out.printf("%-44s %9.2f %10.0f   %s%n", figure.name(), figure.seconds(), figure.rowsPerSecond(), ratio);
		}
		out.println(note);
	}

}
