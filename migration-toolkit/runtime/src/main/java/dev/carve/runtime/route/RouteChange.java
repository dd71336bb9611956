package dev.carve.runtime.route;

import dev.carve.runtime.module.ModuleRoute;

/**
 * A route change that has committed: every write of the module that started before it had
 * committed first, and none after it sees the old route.
 *
 * @param module the module
 * @param from the route before
 * @param route the route now
 * @param epoch the route's epoch now
 * @param lsn the WAL position after the change committed: every write of the module made
 * under the old route lies before it, so a copy that has applied up to it holds them all
 * @param waitedMillis how long the change waited for writes in flight to finish
 */
public record RouteChange(String module, ModuleRoute from, ModuleRoute route, long epoch, String lsn,
		long waitedMillis) {
}
