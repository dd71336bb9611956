package dev.carve.runtime.gateway.grpc;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import com.google.protobuf.ByteString;
import com.google.protobuf.BytesValue;
import com.google.protobuf.Empty;
import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.grpc.StatusException;
import io.grpc.stub.ServerCalls;
import io.grpc.stub.StreamObserver;

/**
 * The sample module's provider as a test tells it to behave: a gRPC server in this JVM
 * that answers every method of {@link GrpcSampleGateway} the same way, counts the calls
 * it receives and keeps the headers of the last one.
 */
final class MisbehavingSampleProvider implements AutoCloseable {

	private final AtomicReference<Consumer<StreamObserver<BytesValue>>> behaviour = new AtomicReference<>(
			answering(ByteString.copyFromUtf8("answered")));

	private final AtomicInteger calls = new AtomicInteger();

	private final AtomicReference<Metadata> headers = new AtomicReference<>(new Metadata());

	private final Server server;

	MisbehavingSampleProvider() throws IOException {
		ServerServiceDefinition.Builder service = ServerServiceDefinition.builder(GrpcSampleGateway.SERVICE);
		for (MethodDescriptor<Empty, BytesValue> method : List.of(GrpcSampleGateway.PROBE, GrpcSampleGateway.PLACE,
				GrpcSampleGateway.HOLD)) {
			service.addMethod(method, ServerCalls.asyncUnaryCall((request, response) -> {
				this.calls.incrementAndGet();
				this.behaviour.get().accept(response);
			}));
		}
		this.server = Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create())
			.addService(ServerInterceptors.intercept(service.build(), new HeadersRecorder()))
			.build()
			.start();
	}

	/** {@code 127.0.0.1:<port>}. */
	String target() {
		return "127.0.0.1:" + this.server.getPort();
	}

	/** Answers every call from now on as told, and forgets the calls so far. */
	void behave(Consumer<StreamObserver<BytesValue>> behaviour) {
		this.behaviour.set(behaviour);
		this.calls.set(0);
		this.headers.set(new Metadata());
	}

	/** The calls received since {@link #behave}. */
	int calls() {
		return this.calls.get();
	}

	/** The headers of the last call received. */
	Metadata headers() {
		return this.headers.get();
	}

	@Override
	public void close() {
		this.server.shutdownNow();
	}

	static Consumer<StreamObserver<BytesValue>> answering(ByteString answer) {
		return (response) -> {
			response.onNext(BytesValue.of(answer));
			response.onCompleted();
		};
	}

	static Consumer<StreamObserver<BytesValue>> failing(StatusException status) {
		return (response) -> response.onError(status);
	}

	static Consumer<StreamObserver<BytesValue>> silentFor(Duration duration) {
		return (response) -> {
			try {
				Thread.sleep(duration);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		};
	}

	private final class HeadersRecorder implements ServerInterceptor {

		@Override
		public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata received,
				ServerCallHandler<Q, R> next) {
			MisbehavingSampleProvider.this.headers.set(received);
			return next.startCall(call, received);
		}

	}

}
