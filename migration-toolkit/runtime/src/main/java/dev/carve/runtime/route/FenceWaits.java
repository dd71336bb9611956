package dev.carve.runtime.route;

import java.util.concurrent.TimeUnit;

import dev.carve.runtime.module.ModuleRoute;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * What {@link ModuleFence} reports of the writes that met a fence: the timer
 * {@code carve.modules.fence.wait} (p50, p99 and a histogram, per module), the counter
 * {@code carve.modules.fence.refused}, and at debug level each wait with where its time
 * went — blocked on the route row while the route changed, or polling it.
 */
final class FenceWaits {

	/** Under the fence's name: its waits are what an operator turns debug on for. */
	private static final Log logger = LogFactory.getLog(ModuleFence.class);

	private final MeterRegistry meters;

	FenceWaits(MeterRegistry meters) {
		this.meters = meters;
	}

	/**
	 * A write that waited goes on.
	 * @param module its module
	 * @param startNanos when it first tried, on {@link System#nanoTime()}
	 * @param blockedNanos how long of that its attempts blocked on the route row
	 * @param polls how often it read the route while it waited
	 * @param leftWith the route it goes on with
	 */
	void waited(String module, long startNanos, long blockedNanos, int polls, ModuleRoute leftWith) {
		long waitedNanos = System.nanoTime() - startNanos;
		if (logger.isDebugEnabled()) {
			logger.debug("A write of module '" + module + "' waited " + TimeUnit.NANOSECONDS.toMillis(waitedNanos)
					+ " ms at its fence (" + TimeUnit.NANOSECONDS.toMillis(blockedNanos)
					+ " ms of it on the route row while the route changed, " + polls + " polls) and went on as "
					+ leftWith.value());
		}
		Timer.builder("carve.modules.fence.wait")
			.description("Time writes of a module waited at its fence")
			.tag("module", module)
			.publishPercentiles(0.5, 0.99)
			.publishPercentileHistogram()
			.register(this.meters)
			.record(waitedNanos, TimeUnit.NANOSECONDS);
	}

	/** A write waited longer than its module's maximum and is refused. */
	void refused(String module) {
		this.meters.counter("carve.modules.fence.refused", "module", module).increment();
	}

}
