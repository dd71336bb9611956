package dev.carve.runtime.gateway.grpc;

import java.util.function.Supplier;

import com.google.protobuf.ByteString;
import com.google.protobuf.BytesValue;
import com.google.protobuf.Empty;
import dev.carve.runtime.gateway.SampleGateway;
import io.grpc.BindableService;
import io.grpc.ServerCallHandler;
import io.grpc.ServerServiceDefinition;
import io.grpc.stub.ServerCalls;

/**
 * Serves a {@link SampleGateway} over gRPC, the methods {@link GrpcSampleGateway} calls:
 * the endpoints the runtime registers for the sample gateway's gRPC transport where the
 * sample module runs in-process with a gateway of its own. A refusal the gateway throws
 * reaches the caller through the server's {@link DomainExceptionGrpcHandler}.
 */
public final class SampleGrpcService implements BindableService {

	private final SampleGateway gateway;

	/**
	 * Creates the service.
	 * @param gateway the in-process gateway it serves
	 */
	public SampleGrpcService(SampleGateway gateway) {
		this.gateway = gateway;
	}

	@Override
	public ServerServiceDefinition bindService() {
		return ServerServiceDefinition.builder(GrpcSampleGateway.SERVICE)
			.addMethod(GrpcSampleGateway.PROBE, answering(this.gateway::probe))
			.addMethod(GrpcSampleGateway.PLACE, answering(this.gateway::place))
			.addMethod(GrpcSampleGateway.HOLD, answering(this.gateway::hold))
			.build();
	}

	private static ServerCallHandler<Empty, BytesValue> answering(Supplier<String> operation) {
		return ServerCalls.asyncUnaryCall((request, response) -> {
			response.onNext(BytesValue.of(ByteString.copyFromUtf8(operation.get())));
			response.onCompleted();
		});
	}

}
