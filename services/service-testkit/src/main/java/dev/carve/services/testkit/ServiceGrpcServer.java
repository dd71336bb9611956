package dev.carve.services.testkit;

import java.util.concurrent.TimeUnit;

import dev.carve.runtime.security.ServiceTokens;
import io.grpc.Channel;
import io.grpc.ClientInterceptors;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.stub.MetadataUtils;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationListener;
import org.springframework.grpc.server.lifecycle.GrpcServerStartedEvent;

/**
 * The service's gRPC server as a client in the test reaches it: the port the server
 * reported when it started ({@link GrpcServerStartedEvent}, so
 * {@code spring.grpc.server.port=0} works) and a plaintext loopback channel to it,
 * carrying a bearer token or none. Import it into the test's context; the channel closes
 * with the context.
 */
public final class ServiceGrpcServer implements ApplicationListener<GrpcServerStartedEvent>, DisposableBean {

	private static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization",
			Metadata.ASCII_STRING_MARSHALLER);

	private static final Metadata.Key<String> SERVICE_AUTHORIZATION = Metadata.Key.of(ServiceTokens.GRPC_METADATA,
			Metadata.ASCII_STRING_MARSHALLER);

	private volatile int port;

	private @Nullable ManagedChannel channel;

	@Override
	public void onApplicationEvent(GrpcServerStartedEvent event) {
		this.port = event.getPort();
	}

	/**
	 * The port the gRPC server listens on.
	 * @return the port
	 * @throws IllegalStateException when no gRPC server started in the context
	 */
	public int port() {
		if (this.port == 0) {
			throw new IllegalStateException("No gRPC server started in this context");
		}
		return this.port;
	}

	/** A channel to the server that sends no credentials. */
	public synchronized Channel channel() {
		if (this.channel == null) {
			this.channel = ManagedChannelBuilder.forAddress("127.0.0.1", port()).usePlaintext().build();
		}
		return this.channel;
	}

	/**
	 * A channel to the server whose calls carry a bearer token, as a remote gateway sends
	 * its caller's.
	 * @param token the access token
	 * @return the channel
	 */
	public Channel channel(String token) {
		Metadata headers = new Metadata();
		headers.put(AUTHORIZATION, "Bearer " + token);
		return ClientInterceptors.intercept(channel(), MetadataUtils.newAttachHeadersInterceptor(headers));
	}

	/**
	 * A channel to the server whose calls carry a service credential and, when given, an
	 * end user's token, as a remote gateway sends them.
	 * @param serviceToken the service credential
	 * @param userToken the end user's access token, or {@code null}
	 * @return the channel
	 */
	public Channel moduleChannel(String serviceToken, @Nullable String userToken) {
		Metadata headers = new Metadata();
		headers.put(SERVICE_AUTHORIZATION, "Bearer " + serviceToken);
		if (userToken != null) {
			headers.put(AUTHORIZATION, "Bearer " + userToken);
		}
		return ClientInterceptors.intercept(channel(), MetadataUtils.newAttachHeadersInterceptor(headers));
	}

	@Override
	public synchronized void destroy() throws InterruptedException {
		if (this.channel != null) {
			this.channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
			this.channel = null;
		}
	}

}
