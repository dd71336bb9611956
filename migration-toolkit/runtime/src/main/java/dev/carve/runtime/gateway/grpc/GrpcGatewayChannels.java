package dev.carve.runtime.gateway.grpc;

import java.util.List;

import dev.carve.runtime.gateway.RemoteModule;
import io.grpc.ManagedChannel;

import org.springframework.grpc.client.ChannelBuilderOptions;
import org.springframework.grpc.client.GrpcChannelFactory;

/**
 * Opens the channel to a module that runs elsewhere: plaintext to its
 * {@code carve.modules.<module>.url}, with the caller's token relayed and the factory's
 * global interceptors (observations, hence trace context) applied. The factory closes the
 * channel when the application stops.
 */
public final class GrpcGatewayChannels {

	private final GrpcChannelFactory channels;

	/**
	 * Creates the opener.
	 * @param channels Spring gRPC's channel factory
	 */
	public GrpcGatewayChannels(GrpcChannelFactory channels) {
		this.channels = channels;
	}

	/**
	 * The channel to a module.
	 * @param module the remote module, in {@code grpc} mode
	 * @return its channel
	 */
	public ManagedChannel channel(RemoteModule module) {
		return this.channels.createChannel(module.url(),
				ChannelBuilderOptions.defaults().withInterceptors(List.of(new BearerTokenRelayInterceptor())));
	}

}
