package dev.carve.runtime.module;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/** Reads a module's mode from the environment. */
public final class ModuleModes {

	private ModuleModes() {
	}

	/**
	 * The mode of a module: {@code carve.modules.<module>.mode},
	 * {@link ModuleMode#IN_PROCESS} when not set.
	 * @param module the module's name
	 * @param environment where to read it
	 * @return the module's mode
	 */
	public static ModuleMode modeOf(String module, Environment environment) {
		return Binder.get(environment)
			.bind("carve.modules." + module + ".mode", ModuleMode.class)
			.orElse(ModuleMode.IN_PROCESS);
	}

}
