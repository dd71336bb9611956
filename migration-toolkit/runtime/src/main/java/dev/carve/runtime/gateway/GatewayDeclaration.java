package dev.carve.runtime.gateway;

/**
 * Where a module's adapters declare its gateway, once: a class with a public no-argument
 * constructor, named in
 * {@code META-INF/spring/dev.carve.runtime.gateway.GatewayDeclaration.imports} of the
 * adapters' jar. The runtime reads every declaration on the class path and, by
 * {@code carve.modules.<module>.mode}, gives the application the remote gateway or serves
 * the in-process one ({@link GatewayDefinition}).
 */
@FunctionalInterface
public interface GatewayDeclaration {

	/**
	 * The gateway this declaration stands for.
	 * @return its definition
	 */
	GatewayDefinition<?> definition();

}
