package dev.carve.runtime.route;

import java.time.Duration;

import dev.carve.runtime.gateway.GatewayUnavailableException;

/**
 * A write of a module waited at its fence for
 * {@code carve.modules.<module>.fence.max-wait} and the route was still {@code fenced}.
 * Nothing of the write was done. The web layer answers {@code 503 module-unavailable}
 * with {@code Retry-After}; a saga compensates as for any module that cannot be reached.
 */
public class ModuleFencedException extends GatewayUnavailableException {

	ModuleFencedException(String module, Duration waited) {
		super(module, "Module '" + module + "' is fenced for a route change; the write waited " + waited.toMillis()
				+ " ms and was not done", Duration.ofSeconds(1), null);
	}

}
