package dev.carve.runtime.gateway.grpc;

import java.util.List;

import dev.carve.runtime.gateway.RemoteModule;
import dev.carve.runtime.security.ServiceCredentials;
import io.grpc.ManagedChannel;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.grpc.client.ChannelBuilderOptions;
import org.springframework.grpc.client.GrpcChannelFactory;

/**
 * Opens the channel to a module that runs elsewhere: plaintext to its
 * {@code carve.modules.<module>.url}, with this process's service credential and the
 * caller's token ({@link CallerCredentialsInterceptor}) and the factory's global
 * interceptors (observations, hence trace context) applied. A channel whose other side
 * was down connects again when it is next used ({@link ReconnectOnCall}). The factory
 * closes the channel when the application stops.
 */
public final class GrpcGatewayChannels {

	private final GrpcChannelFactory channels;

	private final ObjectProvider<ServiceCredentials> credentials;

	/**
	 * Creates the opener.
	 * @param channels Spring gRPC's channel factory
	 * @param credentials this process's service credentials
	 */
	public GrpcGatewayChannels(GrpcChannelFactory channels, ObjectProvider<ServiceCredentials> credentials) {
		this.channels = channels;
		this.credentials = credentials;
	}

	/**
	 * The channel to a module.
	 * @param module the remote module, in {@code grpc} mode
	 * @return its channel
	 * @throws IllegalStateException when this process has no service credentials
	 */
	public ManagedChannel channel(RemoteModule module) {
		CallerCredentialsInterceptor credentials = new CallerCredentialsInterceptor(module.name(),
				module.credentials(this.credentials));
		ReconnectOnCall reconnect = new ReconnectOnCall();
		ManagedChannel channel = reconnect.watch(this.channels.createChannel(module.url(),
				ChannelBuilderOptions.defaults().withInterceptors(List.of(credentials, reconnect))));
		// Connect now rather than on the first call, which otherwise pays for it within
		// its deadline.
		channel.getState(true);
		return channel;
	}

}
