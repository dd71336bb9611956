package dev.carve.runtime.gateway.http;

import java.util.function.BiFunction;

import dev.carve.runtime.gateway.CallBudget;
import dev.carve.runtime.gateway.GatewayDefinition;
import dev.carve.runtime.gateway.GatewayTransport;
import dev.carve.runtime.gateway.RemoteCalls;
import dev.carve.runtime.gateway.RemoteCallsFactory;
import dev.carve.runtime.module.ModuleMode;

import org.springframework.beans.factory.ListableBeanFactory;

/**
 * A gateway over HTTP, mapped once: an HTTP interface ({@code @HttpExchange} methods)
 * that the module's endpoints implement and serve, and that the runtime proxies as the
 * client of them ({@link HttpGatewayClients}); the adapter that maps the contract's calls
 * to that client, under its {@link RemoteCalls} with {@link HttpFailureTranslator}.
 *
 * @param <G> the gateway contract
 * @param <C> the HTTP interface
 */
public final class HttpTransport<G, C> implements GatewayTransport<G> {

	private final Class<C> api;

	private final BiFunction<C, RemoteCalls, ? extends G> client;

	private final Class<? extends C> endpoints;

	private HttpTransport(Class<C> api, BiFunction<C, RemoteCalls, ? extends G> client, Class<? extends C> endpoints) {
		this.api = api;
		this.client = client;
		this.endpoints = endpoints;
	}

	/**
	 * Declares the HTTP transport of a gateway.
	 * @param <G> the gateway contract
	 * @param <C> the HTTP interface
	 * @param api the HTTP interface: its {@code @HttpExchange} methods are the one
	 * mapping of the gateway's calls to requests, for the client and the endpoints alike;
	 * nothing else on them (the call's budget reaches the request as
	 * {@link CallBudget#current()})
	 * @param client makes the adapter from the client and the calls' policy
	 * @param endpoints the controller that implements the interface over the in-process
	 * gateway; its one constructor takes the gateway
	 * @return the transport
	 */
	public static <G, C> HttpTransport<G, C> of(Class<C> api, BiFunction<C, RemoteCalls, ? extends G> client,
			Class<? extends C> endpoints) {
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
