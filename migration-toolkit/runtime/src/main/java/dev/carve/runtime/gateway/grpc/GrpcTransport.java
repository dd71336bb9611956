package dev.carve.runtime.gateway.grpc;

import java.util.function.BiFunction;

import dev.carve.runtime.gateway.GatewayDefinition;
import dev.carve.runtime.gateway.GatewayTransport;
import dev.carve.runtime.gateway.RemoteCalls;
import dev.carve.runtime.gateway.RemoteCallsFactory;
import dev.carve.runtime.module.ModuleMode;
import io.grpc.BindableService;
import io.grpc.Channel;

import org.springframework.beans.factory.ListableBeanFactory;

/**
 * A gateway over gRPC: the adapter that maps the contract's calls to the stub's, built on
 * the module's channel ({@link GrpcGatewayChannels}) and its {@link RemoteCalls} with
 * {@link GrpcFailureTranslator}; and the service that serves the in-process gateway.
 *
 * @param <G> the gateway contract
 */
public final class GrpcTransport<G> implements GatewayTransport<G> {

	private final BiFunction<Channel, RemoteCalls, ? extends G> client;

	private final Class<? extends BindableService> service;

	private GrpcTransport(BiFunction<Channel, RemoteCalls, ? extends G> client,
			Class<? extends BindableService> service) {
		this.client = client;
		this.service = service;
	}

	/**
	 * Declares the gRPC transport of a gateway.
	 * @param <G> the gateway contract
	 * @param client makes the adapter from the channel and the calls' policy
	 * @param service the service that serves the in-process gateway; its one constructor
	 * takes the gateway
	 * @return the transport
	 */
	public static <G> GrpcTransport<G> of(BiFunction<Channel, RemoteCalls, ? extends G> client,
			Class<? extends BindableService> service) {
		return new GrpcTransport<>(client, service);
	}

	@Override
	public ModuleMode mode() {
		return ModuleMode.GRPC;
	}

	@Override
	public G client(GatewayDefinition<G> gateway, ListableBeanFactory beans) {
		RemoteCalls calls = beans.getBean(RemoteCallsFactory.class)
			.create(gateway, beans.getBean(GrpcFailureTranslator.class));
		return this.client.apply(beans.getBean(GrpcGatewayChannels.class).channel(calls.module()), calls);
	}

	@Override
	public Class<?> endpoints() {
		return this.service;
	}

}
