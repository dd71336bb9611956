package dev.carve.endtoend;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * What {@link CutoverIntegrationTests} prints of each cutover: the command's report, the
 * orders placed around it and how long the monolith's writes waited at its fence.
 */
final class CutoverPrintout {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final Pattern BUCKET = Pattern.compile("_bucket\\{.*le=\"([0-9.eE+-]+)\"");

	private CutoverPrintout() {
	}

	/**
	 * What a cutover printed, and the orders placed around it.
	 * @param way {@code out} or {@code back}
	 * @param ran when the cutover command ran, in the load's seconds
	 */
	static void cutover(String way, OrderLoad load, CarveCli.Result printed, String ran) {
		JsonNode cutover = printed.output()
			.lines()
			.filter((line) -> line.startsWith("{"))
			.map(json::readTree)
			.filter((line) -> "cutover".equals(line.path("event").asString()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no cutover report in " + printed.output()));
		List<Long> latencies = new ArrayList<>(load.latenciesMillis());
		Collections.sort(latencies);
		System.out.printf("cutover %s: writes fenced %d ms (target caught up in %d ms), fence at LSN %s%n", way,
				cutover.get("fencedMillis").asLong(), cutover.get("appliedMillis").asLong(),
				cutover.get("fenceLsn").asString());
		System.out.println("cutover " + way + " steps (ms): " + cutover.get("stepsMillis") + "; before the fence: "
				+ cutover.get("preparedMillis") + "; marks before the fence reached the target in (ms): "
				+ cutover.get("marksMillis"));
		System.out.printf("orders placed %s: %d, 0 failed; order latency p50 %d ms, p99 %d ms, max %d ms%n", way,
				load.placed(), latencies.get(latencies.size() / 2), latencies.get(latencies.size() * 99 / 100),
				latencies.getLast());
		System.out.printf("orders of 2 s or more %s: %s; carve cutover ran from %s%n", way, load.slowOrders(), ran);
	}

	/**
	 * How long the writes of each monolith instance waited at inventory's fence, from its
	 * timer {@code carve.modules.fence.wait}. Of 100 waits or fewer the p99 (nearest
	 * rank) is the longest; the timer's own percentiles are estimates to one significant
	 * digit, printed beside it.
	 */
	static void fenceWaits(List<ConfigurableApplicationContext> monoliths) {
		for (ConfigurableApplicationContext monolith : monoliths) {
			Timer timer = monolith.getBean(MeterRegistry.class)
				.find("carve.modules.fence.wait")
				.tag("module", "inventory")
				.timer();
			if (timer != null) {
				double max = timer.max(TimeUnit.MILLISECONDS);
				System.out.printf("fence waits in one monolith instance: %d, max %.1f ms%s; the timer's estimates %s%n",
						timer.count(), max, (timer.count() <= 100) ? String.format(", so p99 %.1f ms", max) : "",
						percentiles(timer));
			}
		}
	}

	/**
	 * How long the writes of a service waited at inventory's fence, from the histogram of
	 * its timer {@code carve.modules.fence.wait} on {@code /actuator/prometheus} (its
	 * Prometheus registry keeps no percentiles of a timer with a histogram): each
	 * percentile (nearest rank) as the upper bound of the bucket it falls in, or the
	 * longest wait where that is less.
	 * @param service the service's HTTP base URL
	 * @param token an operator's token
	 */
	static void fenceWaits(String service, String token) {
		String metrics = ShopUser.send(service, "GET", "/actuator/prometheus", null, token).expect(200).raw().body();
		Map<Double, Long> buckets = new TreeMap<>();
		double max = 0;
		long count = 0;
		for (String line : metrics.lines().toList()) {
			if (!line.startsWith("carve_modules_fence_wait_seconds") || !line.contains("module=\"inventory\"")) {
				continue;
			}
			double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
			Matcher bucket = BUCKET.matcher(line);
			if (bucket.find()) {
				buckets.put(Double.parseDouble(bucket.group(1)), (long) value);
			}
			else if (line.startsWith("carve_modules_fence_wait_seconds_count")) {
				count = (long) value;
			}
			else if (line.startsWith("carve_modules_fence_wait_seconds_max")) {
				max = value * 1000;
			}
		}
		System.out.printf("fence waits in the service: %d, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", count,
				percentile(buckets, count, 0.5, max), percentile(buckets, count, 0.99, max), max);
	}

	private static double percentile(Map<Double, Long> cumulativeBuckets, long count, double quantile, double max) {
		long rank = (long) Math.ceil(quantile * count);
		for (Map.Entry<Double, Long> bucket : cumulativeBuckets.entrySet()) {
			if (bucket.getValue() >= rank) {
				return Math.min(bucket.getKey() * 1000, max);
			}
		}
		return max;
	}

	private static String percentiles(Timer timer) {
		StringBuilder text = new StringBuilder();
		for (ValueAtPercentile value : timer.takeSnapshot().percentileValues()) {
			text.append(String.format("p%.0f %.1f ms ", value.percentile() * 100, value.value(TimeUnit.MILLISECONDS)));
		}
		return text.toString().trim();
	}

}
