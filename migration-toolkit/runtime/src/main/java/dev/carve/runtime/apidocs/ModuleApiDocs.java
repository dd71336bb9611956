package dev.carve.runtime.apidocs;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.models.info.Info;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.models.GroupedOpenApi;

/**
 * The two API descriptions of a module. Its public API ({@code /v3/api-docs/<module>},
 * titled "Carve &lt;module&gt; API"): the operations under {@code /api/v1/<module>}, open
 * to anyone, each saying which problems it answers ({@link ProblemResponsesCustomizer})
 * so that a client generated from it can read every answer. Its gateway
 * ({@code /v3/api-docs/<module>-gateway}, "Carve &lt;module&gt; gateway API"): the
 * module-to-module operations under {@code /internal/v1/<module>}, described for
 * operators and module authors only — the runtime's security lets only operators read it.
 * Both share one problem schema ({@link ProblemDetailSchema}). Together they are the
 * module's HTTP contract.
 */
public final class ModuleApiDocs {

	private ModuleApiDocs() {
	}

	/**
	 * The public API group.
	 * @param module the module's name
	 * @param description what the module's API is for, the group's description
	 * @param morePaths further public path patterns of the module
	 * @return the group
	 */
	public static GroupedOpenApi publicApi(String module, String description, String... morePaths) {
		List<String> paths = new ArrayList<>(List.of("/api/v1/" + module + "/**"));
		paths.addAll(List.of(morePaths));
		return GroupedOpenApi.builder()
			.group(module)
			.pathsToMatch(paths.toArray(String[]::new))
			.addOpenApiCustomizer(titled("Carve " + module + " API", description))
			.addOpenApiCustomizer(new ProblemDetailSchema())
			.addOperationCustomizer(new ProblemResponsesCustomizer())
			.build();
	}

	/**
	 * The gateway group.
	 * @param module the module's name
	 * @return the group, named {@link #gatewayGroup(String)}
	 */
	public static GroupedOpenApi gatewayApi(String module) {
		return GroupedOpenApi.builder()
			.group(gatewayGroup(module))
			.pathsToMatch("/internal/v1/" + module + "/**")
			.addOpenApiCustomizer(titled("Carve " + module + " gateway API",
					"The " + module + " module's operations for the other modules of the shop, called with a"
							+ " service credential; not for end users."))
			.addOpenApiCustomizer(new ProblemDetailSchema())
			.build();
	}

	/**
	 * The name of a module's gateway group.
	 * @param module the module's name
	 * @return {@code <module>-gateway}
	 */
	public static String gatewayGroup(String module) {
		return module + "-gateway";
	}

	/**
	 * The group's own title and description, on a new {@link Info}: the one of the shared
	 * {@code OpenAPI} bean is the same object in every group.
	 */
	private static OpenApiCustomizer titled(String title, String description) {
		return (openApi) -> {
			Info shared = openApi.getInfo();
			openApi.info(new Info().title(title)
				.version((shared != null) ? shared.getVersion() : "v1")
				.description(description
						+ ((shared != null && shared.getDescription() != null) ? " " + shared.getDescription() : "")));
		};
	}

}
