package dev.carve.endtoend;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

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

	private static String percentiles(Timer timer) {
		StringBuilder text = new StringBuilder();
		for (ValueAtPercentile value : timer.takeSnapshot().percentileValues()) {
			text.append(String.format("p%.0f %.1f ms ", value.percentile() * 100, value.value(TimeUnit.MILLISECONDS)));
		}
		return text.toString().trim();
	}

}
