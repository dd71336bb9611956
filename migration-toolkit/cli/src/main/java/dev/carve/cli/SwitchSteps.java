package dev.carve.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** How long each step of a cutover's switch took, in milliseconds, in order. */
final class SwitchSteps {

	final Map<String, Long> millis = new LinkedHashMap<>();

	/** Runs a step and records its time, also when it fails. */
	<T> T time(String step, Callable<T> work) throws Exception {
		long started = System.nanoTime();
		try {
			return work.call();
		}
		finally {
			this.millis.put(step, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
		}
	}

}
