package dev.carve.benchmarks.cutover;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.carve.benchmarks.orderflow.ClosedLoop;

/**
 * The named stretches of a run, in {@link System#nanoTime()}, whose orders are looked at
 * afterwards: an order belongs to the window it was due in.
 */
final class Windows {

	private final Map<String, long[]> windows = new LinkedHashMap<>();

	/**
	 * Adds a window.
	 * @param name its name
	 * @param from its start, in {@link System#nanoTime()}
	 * @param to its end, exclusive
	 */
	void add(String name, long from, long to) {
		this.windows.put(name, new long[] { from, to });
	}

	/** A window from now, for as long as the benchmark sleeps. */
	void measure(String name, Duration duration) throws InterruptedException {
		long from = System.nanoTime();
		Thread.sleep(duration);
		add(name, from, System.nanoTime());
	}

	/**
	 * What the load measured in each window, in the order they were opened.
	 * @param load the load that ran through them
	 */
	List<Window> results(OpenLoop load) {
		List<Window> results = new ArrayList<>();
		this.windows.forEach((name, span) -> results.add(new Window(name, load.window(span[0], span[1]))));
		return results;
	}

	/**
	 * One window's orders.
	 *
	 * @param name the window's name
	 * @param orders their latencies, the failed ones and how long the window was
	 */
	record Window(String name, ClosedLoop.Result orders) {
	}

}
