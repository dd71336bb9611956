package dev.carve.runtime.gateway;

import dev.carve.runtime.module.ModuleMode;
import dev.carve.runtime.module.ModuleModes;
import dev.carve.runtime.security.ServiceCredentials;

import org.springframework.beans.factory.ObjectProvider;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * A module that runs in another process, as this process sees it: how to reach it and how
 * to call it.
 *
 * @param name the module's name, such as {@code inventory}
 * @param mode how it is reached, {@link ModuleMode#GRPC} or {@link ModuleMode#HTTP}
 * @param url {@code host:port} of its gRPC server, or {@code http://host:port} of its
 * HTTP server ({@code carve.modules.<module>.url})
 * @param client deadlines, retries, circuit breaker and bulkhead
 * ({@code carve.modules.<module>.client.*})
 */
public record RemoteModule(String name, ModuleMode mode, String url, RemoteClientProperties client) {

	/**
	 * Reads a remote module's settings: those of a module that runs elsewhere, or of the
	 * other side of a module that runs here and can be routed there
	 * ({@code carve.modules.<module>.transport}).
	 * @param name the module
	 * @param environment where to read them
	 * @return the settings
	 * @throws IllegalStateException when the module is in-process here without a
	 * {@code transport} to the other side of a cutover, or when its URL is missing or has
	 * the wrong form for its mode
	 */
	public static RemoteModule of(String name, Environment environment) {
		Binder binder = Binder.get(environment);
		String prefix = "carve.modules." + name;
		ModuleMode mode = ModuleModes.modeOf(name, environment);
		if (mode == ModuleMode.IN_PROCESS) {
			mode = ModuleModes.otherSideOf(name, environment).orElse(ModuleMode.IN_PROCESS);
			if (mode == ModuleMode.IN_PROCESS) {
				throw new IllegalStateException(
						"Module '" + name + "' runs in this process and has no other side: set " + prefix + ".url and "
								+ prefix + ".transport (grpc or http) to reach the process that takes" + " it over");
			}
		}
		String url = binder.bind(prefix + ".url", String.class).orElse("");
		if (!StringUtils.hasText(url)) {
			throw new IllegalStateException(prefix + ".mode is " + mode.name().toLowerCase() + " but " + prefix
					+ ".url is not set: give the address of the process that runs '" + name + "' (" + example(mode)
					+ ")");
		}
		boolean http = url.startsWith("http://") || url.startsWith("https://");
		if (http != (mode == ModuleMode.HTTP)) {
			throw new IllegalStateException(prefix + ".url '" + url + "' does not fit mode " + mode.name().toLowerCase()
					+ ": expected " + example(mode));
		}
		RemoteClientProperties client = binder.bind(prefix + ".client", Bindable.of(RemoteClientProperties.class))
			.orElseGet(RemoteClientProperties::defaults);
		return new RemoteModule(name, mode, url, client);
	}

	/**
	 * The credentials this process presents to the module.
	 * @param available this process's service credentials, if it has any
	 * @return them
	 * @throws IllegalStateException naming the settings to give when the process has none
	 */
	public ServiceCredentials credentials(ObjectProvider<ServiceCredentials> available) {
		ServiceCredentials credentials = available.getIfAvailable();
		if (credentials == null) {
			throw new IllegalStateException("Module '" + this.name + "' runs elsewhere (carve.modules." + this.name
					+ ".mode=" + this.mode.name().toLowerCase() + ") and only accepts calls that carry a service "
					+ "credential: run the identity module in this process, or set carve.service-credentials.token-uri, "
					+ ".client-id and .client-secret to a client registered in identity "
					+ "(shop.identity.service-tokens.clients.<name>)");
		}
		return credentials;
	}

	private static String example(ModuleMode mode) {
		return (mode == ModuleMode.HTTP) ? "http://host:port" : "host:port";
	}

}
