package dev.carve.benchmarks.cutover;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.carve.benchmarks.orderflow.ShopClient;

/**
 * How long writes of a module waited at its fence in one process, from that process's
 * timer {@code carve.modules.fence.wait}: the count and the maximum from its metrics
 * endpoint ({@code /actuator/metrics/carve.modules.fence.wait?tag=module:…}), and its
 * median and 99th percentile. The timer publishes those two percentiles; the metrics
 * endpoint shows them as gauges of their own
 * ({@code carve.modules.fence.wait.percentile}, tag {@code phi}) only where a registry
 * makes such gauges, so without them they come from {@code /actuator/prometheus}: the
 * summary's {@code quantile} lines if it has them, otherwise the timer's histogram, as
 * the upper bound of the bucket the percentile falls in, or the maximum if that is lower
 * (the monolith's registry is Prometheus's, which keeps no quantiles for a timer with a
 * histogram). The timer keeps its maximum and percentiles over the last two minutes or
 * so, so they are read just after the cutover. A process whose writes never waited has no
 * such timer.
 *
 * @param count the writes that waited
 * @param p50Millis the median wait
 * @param p99Millis the 99th percentile
 * @param maxMillis the longest wait
 * @param source where the percentiles come from
 */
record FenceWaits(long count, double p50Millis, double p99Millis, double maxMillis, String source) {

	private static final String TIMER = "carve.modules.fence.wait";

	private static final String GAUGE = TIMER + ".percentile";

	private static final String SCRAPED = "carve_modules_fence_wait_seconds";

	private static final String NUMBER = "([-0-9.Ee+]+|NaN|\\+Inf)";

	/**
	 * Reads the waits of a module's writes.
	 * @param shop the client to read with
	 * @param base the process's URL
	 * @param operator an operator's token
	 * @param module the module
	 * @return the waits; all 0 when no write waited
	 */
	static FenceWaits read(ShopClient shop, String base, String operator, String module)
			throws IOException, InterruptedException {
		String names = shop.read(base, "/actuator/metrics", operator);
		if (!names.contains("\"" + TIMER + "\"")) {
			return new FenceWaits(0, 0, 0, 0, "no write waited");
		}
		String timer = shop.read(base, "/actuator/metrics/" + TIMER + "?tag=module:" + module, operator);
		long count = (long) statistic(timer, "COUNT");
		double max = statistic(timer, "MAX") * 1000;
		if (names.contains("\"" + GAUGE + "\"")) {
			return new FenceWaits(count, gauge(shop, base, operator, module, "0.5"),
					gauge(shop, base, operator, module, "0.99"), max, "/actuator/metrics " + GAUGE);
		}
		List<String> lines = shop.read(base, "/actuator/prometheus", operator)
			.lines()
			.filter((line) -> line.startsWith(SCRAPED) && line.contains("module=\"" + module + "\""))
			.toList();
		if (lines.stream().anyMatch((line) -> line.contains("quantile=\""))) {
			return new FenceWaits(count, quantile(lines, "0.5"), quantile(lines, "0.99"), max,
					"/actuator/prometheus, the timer's quantiles");
		}
		return new FenceWaits(count, Math.min(bucketBound(lines, 0.5), max), Math.min(bucketBound(lines, 0.99), max),
				max, "/actuator/prometheus: the upper bound of the timer's histogram bucket, at most the max");
	}

	private static double gauge(ShopClient shop, String base, String operator, String module, String phi)
			throws IOException, InterruptedException {
		return statistic(
				shop.read(base, "/actuator/metrics/" + GAUGE + "?tag=module:" + module + "&tag=phi:" + phi, operator),
				"VALUE") * 1000;
	}

	/** A statistic of a metric's measurements, in the metric's base unit (seconds). */
	private static double statistic(String metric, String statistic) {
		Matcher value = Pattern
			.compile("\"statistic\"\\s*:\\s*\"" + statistic + "\"\\s*,\\s*\"value\"\\s*:\\s*" + NUMBER)
			.matcher(metric);
		if (!value.find()) {
			throw new IllegalStateException("No " + statistic + " in " + metric);
		}
		return Double.parseDouble(value.group(1));
	}

	/** A quantile of the timer's summary, in milliseconds. */
	private static double quantile(List<String> lines, String quantile) {
		for (String line : lines) {
			if (line.contains("quantile=\"" + quantile + "\"")) {
				return sampleValue(line) * 1000;
			}
		}
		throw new IllegalStateException("No quantile " + quantile + " in " + lines);
	}

	/**
	 * The upper bound of the histogram bucket a percentile falls in, in milliseconds: the
	 * smallest {@code le} whose cumulative count reaches that share of all.
	 */
	private static double bucketBound(List<String> lines, double percentile) {
		Pattern le = Pattern.compile("le=\"" + NUMBER + "\"");
		List<double[]> buckets = new ArrayList<>();
		for (String line : lines) {
			Matcher bound = le.matcher(line);
			if (line.startsWith(SCRAPED + "_bucket{") && bound.find()) {
				buckets.add(new double[] { Double.parseDouble(bound.group(1).replace("+Inf", "Infinity")),
						sampleValue(line) });
			}
		}
		buckets.sort(Comparator.comparingDouble((bucket) -> bucket[0]));
		if (buckets.isEmpty()) {
			throw new IllegalStateException("No percentiles nor histogram of " + SCRAPED + " in " + lines);
		}
		double all = buckets.getLast()[1];
		for (double[] bucket : buckets) {
			if (bucket[1] >= percentile * all) {
				return bucket[0] * 1000;
			}
		}
		return Double.NaN;
	}

	/** The value of a line of the Prometheus text format. */
	private static double sampleValue(String line) {
		Matcher value = Pattern.compile("}\\s+" + NUMBER).matcher(line);
		if (!value.find()) {
			throw new IllegalStateException("No value in " + line);
		}
		return Double.parseDouble(value.group(1).replace("+Inf", "Infinity"));
	}

}
