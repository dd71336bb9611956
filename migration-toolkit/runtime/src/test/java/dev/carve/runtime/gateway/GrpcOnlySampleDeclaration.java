package dev.carve.runtime.gateway;

import dev.carve.runtime.gateway.grpc.GrpcSampleGateway;
import dev.carve.runtime.gateway.grpc.GrpcTransport;
import dev.carve.runtime.gateway.grpc.SampleGrpcService;

/**
 * The sample gateway declared over gRPC only, for a test that needs a mode a gateway is
 * not declared over ({@code grpc-only-sample.imports} lists it in place of
 * {@link SampleGatewayDeclaration}).
 */
public final class GrpcOnlySampleDeclaration implements GatewayDeclaration {

	@Override
	public GatewayDefinition<SampleGateway> definition() {
		return GatewayDefinition.of("sample", SampleGateway.class, SampleGatewayDeclaration::decode)
			.over(GrpcTransport.of(GrpcSampleGateway::new, SampleGrpcService.class));
	}

}
