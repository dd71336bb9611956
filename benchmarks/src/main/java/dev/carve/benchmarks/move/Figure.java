package dev.carve.benchmarks.move;

import org.jspecify.annotations.Nullable;

/**
 * One measured figure of a run, with the figure of the same run it is compared to.
 *
 * @param name what was measured
 * @param rows the rows it moved or compared
 * @param seconds its wall-clock time, process start to exit for a command
 * @param baseline the figure it is compared to, or {@code null} for a baseline
 * @param byThroughput whether the ratio compares rows per second (this / baseline);
 * otherwise it compares time (this / baseline)
 * @param target the ratio the issue asks for, or {@code null} without one
 */
record Figure(String name, long rows, double seconds, @Nullable Figure baseline, boolean byThroughput,
		@Nullable String target) {

	/** A baseline: a figure compared to nothing. */
	static Figure baseline(String name, long rows, double seconds) {
		return new Figure(name, rows, seconds, null, false, null);
	}

	/** Rows per second. */
	double rowsPerSecond() {
		return this.rows / this.seconds;
	}

	/**
	 * This figure over its baseline's, in rows per second or in time; 0 for a baseline.
	 */
	double ratio() {
		if (this.baseline == null) {
			return 0;
		}
		return this.byThroughput ? rowsPerSecond() / this.baseline.rowsPerSecond()
				: this.seconds / this.baseline.seconds;
	}

}
