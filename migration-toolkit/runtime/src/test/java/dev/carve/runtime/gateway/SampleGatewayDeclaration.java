package dev.carve.runtime.gateway;

import dev.carve.runtime.gateway.grpc.GrpcSampleGateway;
import dev.carve.runtime.gateway.grpc.GrpcTransport;
import dev.carve.runtime.gateway.grpc.SampleGrpcService;

/**
 * The runtime tests' declared gateway: module {@code sample}, {@link SampleGateway},
 * whose domain error is {@link SampleRefusedException}, over gRPC only
 * ({@link GrpcSampleGateway}), so that it can be called over gRPC but not over HTTP.
 */
public final class SampleGatewayDeclaration implements GatewayDeclaration {

	@Override
	public GatewayDefinition<SampleGateway> definition() {
		return GatewayDefinition
			.of("sample", SampleGateway.class,
					(code, details) -> SampleRefusedException.CODE.equals(code)
							? new SampleRefusedException(details.getOrDefault("reason", "")) : null)
			.over(GrpcTransport.of(GrpcSampleGateway::new, SampleGrpcService.class));
	}

}
