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
	 * Whether the module's listeners, jobs and outbox relay run here now: while it is
	 * {@code serving}, and while it is {@code fenced} (their writes wait at the fence).
	 * @param module a module that runs in this process
	 * @return whether its route is not {@code dormant}
	 */
	default boolean runsHere(String module) {
		return routeOf(module) != ModuleRoute.DORMANT;
	}

	/**
	 * Routes for a process whose modules are never switched: every module serving.
	 * @return a lookup that always answers {@code serving}
	 */
	static RouteLookup alwaysServing() {
		return (module) -> ModuleRoute.SERVING;
	}

}
