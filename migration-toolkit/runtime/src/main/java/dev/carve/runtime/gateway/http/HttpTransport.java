package dev.carve.runtime.gateway.http;

import java.util.function.BiFunction;

import dev.carve.runtime.gateway.GatewayDefinition;
import dev.carve.runtime.gateway.GatewayTransport;
import dev.carve.runtime.gateway.RemoteCalls;
import dev.carve.runtime.gateway.RemoteCallsFactory;
import dev.carve.runtime.module.ModuleMode;

import org.springframework.beans.factory.ListableBeanFactory;

/**
 * A gateway over HTTP: the adapter that maps the contract's calls to an HTTP client of
 * the module's gateway endpoints ({@link HttpGatewayClients}), under its
 * {@link RemoteCalls} with {@link HttpFailureTranslator}; and the controller that serves
 * the in-process gateway.
 *
 * @param <G> the gateway contract
 * @param <C> the HTTP client interface
 */
public final class HttpTransport<G, C> implements GatewayTransport<G> {

	private final Class<C> api;

	private final BiFunction<C, RemoteCalls, ? extends G> client;

	private final Class<?> endpoints;

	private HttpTransport(Class<C> api, BiFunction<C, RemoteCalls, ? extends G> client, Class<?> endpoints) {
		this.api = api;
		this.client = client;
		this.endpoints = endpoints;
	}

	/**
	 * Declares the HTTP transport of a gateway.
	 * @param <G> the gateway contract
	 * @param <C> the HTTP client interface
	 * @param api the HTTP client interface
	 * @param client makes the adapter from the client and the calls' policy
	 * @param endpoints the controller that serves the in-process gateway; its one
	 * constructor takes the gateway
	 * @return the transport
	 */
	public static <G, C> HttpTransport<G, C> of(Class<C> api, BiFunction<C, RemoteCalls, ? extends G> client,
			Class<?> endpoints) {
		return new HttpTransport<>(api, client, endpoints);
	}

	@Override
	public ModuleMode mode() {
		return ModuleMode.HTTP;
	}

	@Override
	public G client(GatewayDefinition<G> gateway, ListableBeanFactory beans) {
		RemoteCalls calls = beans.getBean(RemoteCallsFactory.class)
			.create(gateway, beans.getBean(HttpFailureTranslator.class));
		return this.client.apply(beans.getBean(HttpGatewayClients.class).create(this.api, calls.module()), calls);
	}

	@Override
	public Class<?> endpoints() {
		return this.endpoints;
	}

}
