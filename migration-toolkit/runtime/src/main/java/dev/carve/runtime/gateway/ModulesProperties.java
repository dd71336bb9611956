package dev.carve.runtime.gateway;

import java.util.Map;

import dev.carve.runtime.module.ModuleMode;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where each module runs, as this process sees it: {@code carve.modules.<module>.*}, or
 * in the environment {@code CARVE_MODULES_<MODULE>_MODE} and
 * {@code CARVE_MODULES_<MODULE>_URL}. A module not named here runs in this process. A
 * name that is not a module of this application, or a mode that is not one of
 * {@code in-process}, {@code grpc} or {@code http}, stops start-up with a message naming
 * the property.
 *
 * @param modules the settings of each module, by its name ({@code inventory},
 * {@code payments}, …)
 */
@ConfigurationProperties("carve")
public record ModulesProperties(@DefaultValue Map<String, Settings> modules) {

	/**
	 * One module's settings.
	 *
	 * @param mode where the module runs: {@code in-process} (here, the default), or
	 * elsewhere, called over {@code grpc} or {@code http}
	 * @param url the address of the process that runs it, required in a remote mode:
	 * {@code host:port} of its gRPC server, or {@code http://host:port} of its HTTP
	 * server
	 * @param client deadline, retries, circuit breaker and bulkhead of calls to it, in a
	 * remote mode
	 */
	public record Settings(@DefaultValue("in-process") ModuleMode mode, @Nullable String url,
			@DefaultValue RemoteClientProperties client) {
	}

}
