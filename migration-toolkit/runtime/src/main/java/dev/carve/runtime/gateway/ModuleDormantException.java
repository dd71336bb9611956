package dev.carve.runtime.gateway;

import java.time.Duration;

/**
 * A module's route in this process is {@code dormant}: its writes here are refused,
 * because another process owns its data now. A routed gateway answers the call on the
 * other side instead; anywhere else the web layer answers {@code 503 module-dormant} with
 * {@code Retry-After}. A remote gateway that meets this refusal raises it again, neither
 * retried nor counted against the circuit, and a routed gateway then takes the call back
 * when its own route is no longer dormant.
 */
public class ModuleDormantException extends GatewayUnavailableException {

	/**
	 * The problem code and gRPC {@code ErrorInfo} reason a dormant module answers with,
	 * so that the caller's gateway turns it back into this exception.
	 */
	public static final String CODE = "module-dormant";

	public ModuleDormantException(String module) {
		super(module, "Module '" + module + "' is dormant in this process: another process serves it",
				Duration.ofSeconds(1), null);
	}

}
