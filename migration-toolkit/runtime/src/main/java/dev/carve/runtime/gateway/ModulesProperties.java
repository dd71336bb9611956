package dev.carve.runtime.gateway;

import java.time.Duration;
import java.util.Map;

import dev.carve.runtime.module.ModuleMode;
import dev.carve.runtime.module.ModuleRoute;
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
	 * server; in-process, the address of the other side of a cutover, which answers while
	 * the module's route here is {@code dormant}
	 * @param transport in-process with a {@code url}: how the other side is called,
	 * {@code grpc} or {@code http}
	 * @param apiUrl where the module's public API ({@code /api/v1/<module>/**}) is
	 * forwarded while the route here is {@code dormant}: {@code http://host:port} of the
	 * other side's HTTP server; defaults to {@code url} when {@code transport} is
	 * {@code http}
	 * @param route in-process: the route stored for the module when none is stored yet
	 * ({@code serving} when not set)
	 * @param fence how writes behave at a fenced route
	 * @param client deadline, retries, circuit breaker and bulkhead of calls to it, in a
	 * remote mode or to the other side of a cutover
	 */
	public record Settings(@DefaultValue("in-process") ModuleMode mode, @Nullable String url,
			@Nullable ModuleMode transport, @Nullable String apiUrl, @Nullable ModuleRoute route,
			@DefaultValue Fence fence, @DefaultValue RemoteClientProperties client) {
	}

	/**
	 * How writes behave while a module is fenced.
	 *
	 * @param maxWait how long a write waits for the fence to lift before it is refused
	 * with {@code 503 module-unavailable}
	 */
	public record Fence(@DefaultValue("5s") Duration maxWait) {
	}

}
