package dev.carve.runtime.gateway;

import dev.carve.runtime.module.ModuleMode;

import org.springframework.beans.factory.ListableBeanFactory;

/**
 * One way of carrying a gateway's calls between processes: how to build the remote
 * gateway in a process where the module runs elsewhere, and which bean serves the
 * in-process gateway to other processes. Made by {@code GrpcTransport.of} and
 * {@code HttpTransport.of}; a module's adapters only name their mapping classes.
 *
 * @param <G> the gateway contract
 */
public interface GatewayTransport<G> {

	/**
	 * The mode this transport serves.
	 * @return {@link ModuleMode#GRPC} or {@link ModuleMode#HTTP}
	 */
	ModuleMode mode();

	/**
	 * Builds the remote gateway: the transport's client wrapped in the call policy
	 * ({@link RemoteCalls}).
	 * @param gateway the gateway's definition
	 * @param beans where the transport finds its channels or clients, failure translator
	 * and {@link RemoteCallsFactory}
	 * @return the gateway business code calls
	 * @throws IllegalStateException when the module's remote settings are missing or
	 * wrong
	 */
	G client(GatewayDefinition<G> gateway, ListableBeanFactory beans);

	/**
	 * The bean that serves the in-process gateway over this transport: a gRPC service or
	 * a controller, whose one constructor takes the gateway contract.
	 * @return its class
	 */
	Class<?> endpoints();

}
