package dev.carve.runtime.gateway.http;

import java.util.function.BiFunction;

import dev.carve.runtime.gateway.CallBudget;
import dev.carve.runtime.gateway.GatewayDefinition;
import dev.carve.runtime.gateway.GatewayTransport;
import dev.carve.runtime.gateway.RemoteCalls;
import dev.carve.runtime.gateway.RemoteCallsFactory;
import dev.carve.runtime.module.ModuleMode;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ListableBeanFactory;

/**
 * A gateway over HTTP, mapped once: an HTTP interface ({@code @HttpExchange} methods)
 * that the module's endpoints implement and serve, and that the runtime proxies as the
 * client of them ({@link HttpGatewayClients}). The contract's calls reach that client
 * under the gateway's {@link RemoteCalls} with {@link HttpFailureTranslator}: directly,
 * method by method, when the interface declares the contract's methods as they are
 * ({@link HttpContractClient}); through the module's adapter where a call needs mapping.
 *
 * @param <G> the gateway contract
 * @param <C> the HTTP interface
 */
public final class HttpTransport<G, C> implements GatewayTransport<G> {

	private final Class<C> api;

	private final @Nullable BiFunction<C, RemoteCalls, ? extends G> adapter;

	private final Class<? extends C> endpoints;

	private HttpTransport(Class<C> api, @Nullable BiFunction<C, RemoteCalls, ? extends G> adapter,
			Class<? extends C> endpoints) {
		this.api = api;
		this.adapter = adapter;
		this.endpoints = endpoints;
	}

	/**
	 * Declares the HTTP transport of a gateway whose HTTP interface declares every method
	 * of the contract with the same name, parameter types and return type ({@code T} for
	 * an {@code Optional<T>}): the client is the interface's, called method by method
	 * ({@link HttpContractClient}); a start-up in this mode fails naming each contract
	 * method the interface lacks.
	 * @param <G> the gateway contract
	 * @param <C> the HTTP interface
	 * @param api the HTTP interface: its {@code @HttpExchange} methods are the one
	 * mapping of the gateway's calls to requests, for the client and the endpoints alike;
	 * nothing else on them (the call's budget reaches the request as
	 * {@link CallBudget#current()})
	 * @param endpoints the controller that implements the interface over the in-process
	 * gateway; its one constructor takes the gateway
	 * @return the transport
	 */
	public static <G, C> HttpTransport<G, C> of(Class<C> api, Class<? extends C> endpoints) {
		return new HttpTransport<>(api, null, endpoints);
	}

	/**
	 * Declares the HTTP transport of a gateway whose calls need mapping to its HTTP
	 * interface.
	 * @param <G> the gateway contract
	 * @param <C> the HTTP interface
	 * @param api the HTTP interface, as for {@link #of(Class, Class)}
	 * @param adapter makes the adapter from the client and the calls' policy
	 * @param endpoints the controller that implements the interface over the in-process
	 * gateway; its one constructor takes the gateway
	 * @return the transport
	 */
	public static <G, C> HttpTransport<G, C> of(Class<C> api, BiFunction<C, RemoteCalls, ? extends G> adapter,
			Class<? extends C> endpoints) {
		return new HttpTransport<>(api, adapter, endpoints);
	}

	@Override
	public ModuleMode mode() {
		return ModuleMode.HTTP;
	}

	@Override
	public G client(GatewayDefinition<G> gateway, ListableBeanFactory beans) {
		RemoteCalls calls = beans.getBean(RemoteCallsFactory.class)
			.create(gateway, beans.getBean(HttpFailureTranslator.class));
		C client = beans.getBean(HttpGatewayClients.class).create(this.api, calls.module());
		return (this.adapter != null) ? this.adapter.apply(client, calls)
				: HttpContractClient.create(gateway.contract(), this.api, client, calls);
	}

	@Override
	public Class<?> endpoints() {
		return this.endpoints;
	}

}
