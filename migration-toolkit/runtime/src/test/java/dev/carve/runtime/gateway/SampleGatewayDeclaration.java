package dev.carve.runtime.gateway;

import java.util.Map;

import dev.carve.runtime.gateway.grpc.GrpcSampleGateway;
import dev.carve.runtime.gateway.grpc.GrpcTransport;
import dev.carve.runtime.gateway.grpc.SampleGrpcService;
import dev.carve.runtime.gateway.http.HttpSampleGateway;
import dev.carve.runtime.gateway.http.HttpTransport;
import dev.carve.runtime.gateway.http.SampleHttpApi;
import dev.carve.runtime.gateway.http.SampleHttpEndpoints;
import org.jspecify.annotations.Nullable;

/**
 * The runtime tests' declared gateway: module {@code sample}, {@link SampleGateway},
 * whose domain error is {@link SampleRefusedException}, over gRPC
 * ({@link GrpcSampleGateway}) and HTTP ({@link HttpSampleGateway}), on which the
 * runtime's transport-failure suites run.
 */
public final class SampleGatewayDeclaration implements GatewayDeclaration {

	@Override
	public GatewayDefinition<SampleGateway> definition() {
		return GatewayDefinition.of("sample", SampleGateway.class, SampleGatewayDeclaration::decode)
			.over(GrpcTransport.of(GrpcSampleGateway::new, SampleGrpcService.class))
			.over(HttpTransport.of(SampleHttpApi.class, HttpSampleGateway::new, SampleHttpEndpoints.class));
	}

	/**
	 * The sample gateway's error decoder: {@code sample-refused} is its refusal.
	 * @param code the problem's code
	 * @param details the problem's details
	 * @return the refusal, or {@code null} for a code it does not know
	 */
	static @Nullable SampleRefusedException decode(String code, Map<String, String> details) {
		return SampleRefusedException.CODE.equals(code) ? new SampleRefusedException(details.getOrDefault("reason", ""))
				: null;
	}

}
