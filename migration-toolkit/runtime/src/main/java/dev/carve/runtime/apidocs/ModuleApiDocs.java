package dev.carve.runtime.apidocs;

import java.util.ArrayList;
import java.util.List;

import org.springdoc.core.models.GroupedOpenApi;

/**
 * The two API descriptions of a module. Its public API ({@code /v3/api-docs/<module>}):
 * the operations under {@code /api/v1/<module>}, open to anyone. Its gateway
 * ({@code /v3/api-docs/<module>-gateway}): the module-to-module operations under
 * {@code /internal/v1/<module>}, described for operators and module authors only — the
 * runtime's security lets only operators read it. Together they are the module's HTTP
 * contract.
 */
public final class ModuleApiDocs {

	private ModuleApiDocs() {
	}

	/**
	 * The public API group.
	 * @param module the module's name
	 * @param morePaths further public path patterns of the module
	 * @return the group
	 */
	public static GroupedOpenApi publicApi(String module, String... morePaths) {
		List<String> paths = new ArrayList<>(List.of("/api/v1/" + module + "/**"));
		paths.addAll(List.of(morePaths));
		return GroupedOpenApi.builder().group(module).pathsToMatch(paths.toArray(String[]::new)).build();
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

}
