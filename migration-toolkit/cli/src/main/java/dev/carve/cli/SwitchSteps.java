package dev.carve.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** How long each step of a cutover's switch took, in milliseconds, in order. */
final class SwitchSteps {

	final Map<String, Long> millis = new LinkedHashMap<>();

	/**
	 * Records a step that ends now.
	 * @param step its name
	 * @param startedNanos when it began ({@link System#nanoTime()})
	 * @return now, in {@link System#nanoTime()}: when the next step begins
	 */
	long record(String step, long startedNanos) {
		long now = System.nanoTime();
		this.millis.put(step, TimeUnit.NANOSECONDS.toMillis(now - startedNanos));
		return now;
	}

}
