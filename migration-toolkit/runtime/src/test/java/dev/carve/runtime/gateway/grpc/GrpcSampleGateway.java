package dev.carve.runtime.gateway.grpc;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import com.google.protobuf.BytesValue;
import com.google.protobuf.Empty;
import dev.carve.runtime.gateway.RemoteCalls;
import dev.carve.runtime.gateway.SampleGateway;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.MethodDescriptor;
import io.grpc.protobuf.ProtoUtils;
import io.grpc.stub.ClientCalls;

/**
 * {@link SampleGateway} over gRPC ({@value #SERVICE}), written the way a module's adapter
 * is: each method one stub call within the call's budget, its answer read into the
 * contract's value inside the call. Requests are empty; answers are UTF-8 text in a
 * {@code BytesValue}, and bytes that are not UTF-8 make no sense.
 */
public final class GrpcSampleGateway implements SampleGateway {

	/** The service the methods belong to. */
	static final String SERVICE = "carve.test.Sample";

	static final MethodDescriptor<Empty, BytesValue> PROBE = method("Probe");

	static final MethodDescriptor<Empty, BytesValue> PLACE = method("Place");

	static final MethodDescriptor<Empty, BytesValue> HOLD = method("Hold");

	private final Channel channel;

	private final RemoteCalls calls;

	/**
	 * Creates the gateway.
	 * @param channel the channel to the process that runs the sample module
	 * @param calls deadlines, retries, circuit breaker and failure translation
	 */
	public GrpcSampleGateway(Channel channel, RemoteCalls calls) {
		this.channel = channel;
		this.calls = calls;
	}

	@Override
	public String probe() {
		return call("probe", PROBE);
	}

	@Override
	public String place() {
		return call("place", PLACE);
	}

	@Override
	public String hold() {
		return call("hold", HOLD);
	}

	private String call(String operation, MethodDescriptor<Empty, BytesValue> method) {
		return this.calls.call(operation,
				(budget) -> text(ClientCalls.blockingUnaryCall(this.channel, method,
						CallOptions.DEFAULT.withDeadlineAfter(budget.remaining().toNanos(), TimeUnit.NANOSECONDS),
						Empty.getDefaultInstance())));
	}

	private static String text(BytesValue answer) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.decode(ByteBuffer.wrap(answer.getValue().toByteArray()))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new IllegalArgumentException("The answer is not UTF-8 text", ex);
		}
	}

	private static MethodDescriptor<Empty, BytesValue> method(String name) {
		return MethodDescriptor.<Empty, BytesValue>newBuilder()
			.setType(MethodDescriptor.MethodType.UNARY)
			.setFullMethodName(MethodDescriptor.generateFullMethodName(SERVICE, name))
			.setRequestMarshaller(ProtoUtils.marshaller(Empty.getDefaultInstance()))
			.setResponseMarshaller(ProtoUtils.marshaller(BytesValue.getDefaultInstance()))
			.build();
	}

}
