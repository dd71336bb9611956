package dev.carve.runtime.gateway;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.BeanUtils;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.util.ClassUtils;

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

	/**
	 * Every gateway declared on the class path.
	 * @param classLoader where to look
	 * @return their definitions, in the order declared
	 */
	static List<GatewayDefinition<?>> all(ClassLoader classLoader) {
		List<GatewayDefinition<?>> gateways = new ArrayList<>();
		for (String name : ImportCandidates.load(GatewayDeclaration.class, classLoader)) {
			Class<?> type = ClassUtils.resolveClassName(name, classLoader);
			GatewayDeclaration declaration = (GatewayDeclaration) BeanUtils.instantiateClass(type);
			gateways.add(declaration.definition());
		}
		return gateways;
	}

}
