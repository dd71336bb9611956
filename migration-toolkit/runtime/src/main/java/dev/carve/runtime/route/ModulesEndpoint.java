package dev.carve.runtime.route;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.carve.runtime.gateway.ModulesProperties;
import dev.carve.runtime.module.ModuleMode;
import dev.carve.runtime.module.ModuleRoute;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * {@code /actuator/modules}, for operators: {@code GET} lists each module — where it
 * runs, its route, the route's epoch and since when, the other side, and what
 * {@link ModuleFacts} knows of it (schema, events published and consumed, gateways
 * provided and called, outbox depth); {@code POST /actuator/modules/{module}} with
 * {@code {"route": "serving" | "fenced" | "dormant"}} changes a module's route and
 * answers once the writes in flight have finished, with the WAL position at which the
 * change took effect.
 */
@Endpoint(id = "modules")
public class ModulesEndpoint {

	private final ModuleRoutes routes;

	private final ModulesProperties settings;

	private final ModuleFacts facts;

	public ModulesEndpoint(ModuleRoutes routes, ModulesProperties settings, ModuleFacts facts) {
		this.routes = routes;
		this.settings = settings;
		this.facts = facts;
	}

	/**
	 * Every module of this process and every module it calls elsewhere.
	 * @return {@code {"modules": [...]}}
	 */
	@ReadOperation
	public Map<String, List<ModuleView>> modules() {
		List<ModuleView> modules = new ArrayList<>();
		Map<String, StoredRoute> stored = new LinkedHashMap<>();
		this.routes.list().forEach((route) -> stored.put(route.module(), route));
		stored.values()
			.forEach((route) -> modules.add(new ModuleView(route.module(), ModuleMode.IN_PROCESS.value(),
					route.route().value(), route.epoch(), route.since().toString(), route.changedBy(),
					otherSide(route.module()), this.facts.of(route.module()))));
		this.settings.modules().forEach((name, module) -> {
			if (!stored.containsKey(name) && module.url() != null) {
				modules.add(new ModuleView(name, module.mode().value(), null, null, null, null, module.url(),
						this.facts.of(name)));
			}
		});
		return Map.of("modules", modules);
	}

	/**
	 * Changes a module's route.
	 * @param module a module that runs in this process
	 * @param route {@code serving}, {@code fenced} or {@code dormant}
	 * @param security who asks
	 * @return the change
	 */
	@WriteOperation
	public RouteChange route(@Selector String module, String route, SecurityContext security) {
		if (!this.routes.routes(module)) {
			throw new InvalidEndpointRequestException("Module '" + module + "' does not run in this process",
					"no module " + module + " here");
		}
		ModuleRoute target;
		try {
			target = ModuleRoute.of(route);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidEndpointRequestException("route: " + ex.getMessage(), ex.getMessage());
		}
		Principal principal = security.getPrincipal();
		return this.routes.change(module, target, (principal != null) ? principal.getName() : "unknown");
	}

	private @Nullable String otherSide(String module) {
		ModulesProperties.Settings settings = this.settings.modules().get(module);
		return (settings != null) ? settings.url() : null;
	}

	/**
	 * One module as the endpoint shows it.
	 *
	 * @param module its name
	 * @param runs {@code in-process}, or how it is called elsewhere ({@code grpc},
	 * {@code http})
	 * @param route its route here, when it runs here
	 * @param epoch how many times its route has changed
	 * @param since when the route took its value
	 * @param changedBy who set it
	 * @param remote the other side: where it runs, or where it is routed when dormant
	 * @param schema its database schema, when it runs here
	 * @param publishes the events it publishes, with their topics when events go over
	 * Kafka
	 * @param consumes the events its listeners here take, with the module they come from
	 * @param gateways the gateway contracts it provides
	 * @param calls the modules whose gateways it calls from here
	 * @param outboxDepth the events waiting in its outbox here, when it runs here
	 */
	public record ModuleView(String module, String runs, @Nullable String route, @Nullable Long epoch,
			@Nullable String since, @Nullable String changedBy, @Nullable String remote, @Nullable String schema,
			List<ModuleFacts.Published> publishes, List<ModuleFacts.Consumed> consumes, List<String> gateways,
			List<String> calls, @Nullable Long outboxDepth) {

		ModuleView(String module, String runs, @Nullable String route, @Nullable Long epoch, @Nullable String since,
				@Nullable String changedBy, @Nullable String remote, ModuleFacts.Facts facts) {
			this(module, runs, route, epoch, since, changedBy, remote, facts.schema(), facts.publishes(),
					facts.consumes(), facts.gateways(), facts.calls(), facts.outboxDepth());
		}

	}

}
