package dev.carve.runtime.route;

import java.time.Instant;

import dev.carve.runtime.module.ModuleRoute;

/**
 * A module's route as stored in this process's database.
 *
 * @param module the module
 * @param route its route
 * @param epoch how many times the route has changed since it was first stored
 * @param since when it took its current value
 * @param changedBy who set it: an operator's name, or {@code start-up} for the initial
 * value
 */
public record StoredRoute(String module, ModuleRoute route, long epoch, Instant since, String changedBy) {
}
