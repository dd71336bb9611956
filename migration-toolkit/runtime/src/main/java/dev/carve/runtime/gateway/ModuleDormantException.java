package dev.carve.runtime.gateway;

import java.time.Duration;

/**
 * A module's route in this process is {@code dormant}: its writes here are refused,
 * because another process owns its data now. A routed gateway answers the call on the
 * other side instead; anywhere else the web layer answers {@code 503} with
 * {@code Retry-After}, as for any module that cannot be reached.
 */
public class ModuleDormantException extends GatewayUnavailableException {

	public ModuleDormantException(String module) {
		super(module, "Module '" + module + "' is dormant in this process: another process serves it",
				Duration.ofSeconds(1), null);
	}

}
