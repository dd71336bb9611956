package dev.carve.runtime.module;

/**
 * Reads the current route of a module that runs in this process, as stored in this
 * process's database: what every instance of the process sees once a route change has
 * committed.
 */
@FunctionalInterface
public interface RouteLookup {

	/**
	 * The module's route now.
	 * @param module a module that runs in this process
	 * @return its route
	 */
	ModuleRoute routeOf(String module);

	/**
	 * Whether the module's listeners take events here now: while it is {@code serving},
	 * and while it is {@code fenced} (their writes wait at the fence, so an event that
	 * arrives during a fence is applied here once the module serves again, or refused and
	 * applied by the other side once it is dormant).
	 * @param module a module that runs in this process
	 * @return whether its route is not {@code dormant}
	 */
	default boolean runsHere(String module) {
		return routeOf(module) != ModuleRoute.DORMANT;
	}

	/**
	 * Whether the module's own writers run here now: its outbox relay, the retention of
	 * its outbox and inbox, and its jobs. Only while it is {@code serving}: from the
	 * moment a fence takes effect, nothing of this process changes the module's tables,
	 * so the copy that catches up to the fence's LSN holds every table as it stays.
	 * @param module a module that runs in this process
	 * @return whether its route is {@code serving}
	 */
	default boolean servesHere(String module) {
		return routeOf(module) == ModuleRoute.SERVING;
	}

	/**
	 * Routes for a process whose modules are never switched: every module serving.
	 * @return a lookup that always answers {@code serving}
	 */
	static RouteLookup alwaysServing() {
		return (module) -> ModuleRoute.SERVING;
	}

}
