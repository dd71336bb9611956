package dev.carve.runtime.route;

import java.util.Map;
import java.util.Optional;

import org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions;
import org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions;
import org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.servlet.function.support.RouterFunctionMapping;

/**
 * Forwards the public API of a module that is dormant here to the process that serves it
 * ({@code carve.modules.<module>.api-url}), with Spring Cloud Gateway Server MVC. A
 * request is forwarded only when {@link ModuleApiRouteFilter} has decided so for it; the
 * mapping comes before the module's own controllers, which stay registered. Each
 * forwarded request carries {@link ModuleApiRouteFilter#FORWARDED}, so that it is not
 * forwarded on from another process where the module is dormant.
 */
final class DormantApiForwarding {

	private DormantApiForwarding() {
	}

	/**
	 * A handler mapping, ahead of the annotated controllers, with one forwarding route
	 * per module.
	 * @param apiUrls where each module's public API is forwarded
	 * @return the mapping, empty of routes when no module can be forwarded
	 */
	static RouterFunctionMapping mapping(Map<String, String> apiUrls) {
		Optional<RouterFunction<ServerResponse>> routes = apiUrls.entrySet()
			.stream()
			.map((entry) -> route(entry.getKey(), entry.getValue()))
			.reduce(RouterFunction::and);
		RouterFunctionMapping mapping = new RouterFunctionMapping();
		routes.ifPresent(mapping::setRouterFunction);
		mapping.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return mapping;
	}

	private static RouterFunction<ServerResponse> route(String module, String apiUrl) {
		return GatewayRouterFunctions.route("carve-" + module + "-dormant")
			.route((request) -> request.attribute(ModuleApiRouteFilter.FORWARD_TO).map(module::equals).orElse(false),
					HandlerFunctions.http())
			.before(BeforeFilterFunctions.uri(apiUrl))
			.before(BeforeFilterFunctions.addRequestHeader(ModuleApiRouteFilter.FORWARDED, module))
			.build();
	}

}
