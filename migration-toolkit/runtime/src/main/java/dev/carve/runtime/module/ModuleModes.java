package dev.carve.runtime.module;

import java.util.Optional;

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

	/**
	 * How the other side of a module that runs here is called, for a cutover:
	 * {@code carve.modules.<module>.transport}, or, when only
	 * {@code carve.modules.<module>.url} is set, {@link ModuleMode#HTTP} for an
	 * {@code http(s)://} URL and {@link ModuleMode#GRPC} otherwise.
	 * @param module the module's name
	 * @param environment where to read it
	 * @return the transport, empty when the module has no other side
	 */
	public static Optional<ModuleMode> otherSideOf(String module, Environment environment) {
		Binder binder = Binder.get(environment);
		String prefix = "carve.modules." + module;
		Optional<ModuleMode> transport = binder.bind(prefix + ".transport", ModuleMode.class)
			.map(Optional::of)
			.orElse(Optional.empty());
		if (transport.isPresent()) {
			return transport;
		}
		return Optional.ofNullable(binder.bind(prefix + ".url", String.class).orElse(null))
			.filter((url) -> !url.isBlank())
			.map((url) -> (url.startsWith("http://") || url.startsWith("https://")) ? ModuleMode.HTTP
					: ModuleMode.GRPC);
	}

}
