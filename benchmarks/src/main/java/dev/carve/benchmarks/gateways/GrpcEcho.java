package dev.carve.benchmarks.gateways;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;

import io.grpc.CallOptions;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.InsecureServerCredentials;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.ServerServiceDefinition;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.ServerCalls;

/**
 * The baseline of the gRPC gateway: a bare grpc-java unary call on loopback that answers
 * the bytes it was sent, without Spring, security, deadlines or a circuit breaker.
 */
final class GrpcEcho implements AutoCloseable {

	private static final MethodDescriptor<byte[], byte[]> ECHO = MethodDescriptor.<byte[], byte[]>newBuilder()
		.setType(MethodDescriptor.MethodType.UNARY)
		.setFullMethodName("carve.benchmarks.Echo/Echo")
		.setRequestMarshaller(new Bytes())
		.setResponseMarshaller(new Bytes())
		.build();

	private final Server server;

	private final ManagedChannel channel;

	GrpcEcho() throws IOException {
		this.server = Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create())
			.addService(ServerServiceDefinition.builder("carve.benchmarks.Echo")
				.addMethod(ECHO, ServerCalls.asyncUnaryCall((request, response) -> {
					response.onNext(request);
					response.onCompleted();
				}))
				.build())
			.build()
			.start();
		this.channel = Grpc
			.newChannelBuilderForAddress("127.0.0.1", this.server.getPort(), InsecureChannelCredentials.create())
			.build();
	}

	byte[] call(byte[] payload) {
		return ClientCalls.blockingUnaryCall(this.channel, ECHO, CallOptions.DEFAULT, payload);
	}

	@Override
	public void close() throws InterruptedException {
		this.channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
		this.server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
	}

	private static final class Bytes implements MethodDescriptor.Marshaller<byte[]> {

		@Override
		public InputStream stream(byte[] value) {
			return new ByteArrayInputStream(value);
		}

		@Override
		public byte[] parse(InputStream stream) {
			try {
				return stream.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
