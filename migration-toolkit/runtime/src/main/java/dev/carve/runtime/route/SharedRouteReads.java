package dev.carve.runtime.route;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import dev.carve.runtime.module.ModuleRoute;

/**
 * Reads of a module's route shared by every write that waits at its fence: however many
 * writes wait, the database is read at most once per interval for each module, and never
 * with a lock. A waiting write that read with {@code FOR SHARE}, as a write that runs
 * must, would hold back the very route change it waits for, and twenty waiting writes
 * would run thousands of transactions a second.
 */
final class SharedRouteReads {

	private final long intervalNanos;

	private final Function<String, ModuleRoute> read;

	private final Map<String, Reading> readings = new ConcurrentHashMap<>();

	/**
	 * @param intervalNanos how old a shared reading may be
	 * @param read reads a module's route from the database, without a lock
	 */
	SharedRouteReads(long intervalNanos, Function<String, ModuleRoute> read) {
		this.intervalNanos = intervalNanos;
		this.read = read;
	}

	/** The module's route, as read at most one interval ago. */
	ModuleRoute routeOf(String module) {
		long now = System.nanoTime();
		Reading last = this.readings.get(module);
		if (last != null && now - last.readAt() < this.intervalNanos) {
			return last.route();
		}
		return this.readings.compute(module,
				(name, current) -> (current != null && System.nanoTime() - current.readAt() < this.intervalNanos)
						? current : new Reading(this.read.apply(name), System.nanoTime()))
			.route();
	}

	private record Reading(ModuleRoute route, long readAt) {
	}

}
