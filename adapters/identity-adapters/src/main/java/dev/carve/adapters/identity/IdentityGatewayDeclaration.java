package dev.carve.adapters.identity;

import dev.carve.contracts.identity.IdentityGateway;
import dev.carve.runtime.gateway.GatewayDeclaration;
import dev.carve.runtime.gateway.GatewayDefinition;
import dev.carve.runtime.gateway.grpc.GrpcTransport;
import dev.carve.runtime.gateway.http.HttpTransport;

/**
 * Identity's gateway, declared once: over gRPC ({@link GrpcIdentityGateway}, served by
 * {@link IdentityGrpcService}) and HTTP (the runtime's client of {@link IdentityHttpApi},
 * served by {@link IdentityHttpEndpoints}), its domain errors ({@link IdentityErrors})
 * and its events ({@link IdentityEventCodecs}). {@code carve.modules.identity.mode}
 * picks.
 */
public final class IdentityGatewayDeclaration implements GatewayDeclaration {

	static final String MODULE = "identity";

	@Override
	public GatewayDefinition<IdentityGateway> definition() {
		return GatewayDefinition.of(MODULE, IdentityGateway.class, new IdentityErrors())
			.over(GrpcTransport.of(GrpcIdentityGateway::new, IdentityGrpcService.class))
			.over(HttpTransport.of(IdentityHttpApi.class, IdentityHttpEndpoints.class))
			.publishing(IdentityEventCodecs.moduleEvents());
	}

}
