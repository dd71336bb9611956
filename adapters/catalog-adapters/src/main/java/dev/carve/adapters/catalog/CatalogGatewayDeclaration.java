package dev.carve.adapters.catalog;

import dev.carve.contracts.catalog.CatalogGateway;
import dev.carve.runtime.gateway.GatewayDeclaration;
import dev.carve.runtime.gateway.GatewayDefinition;
import dev.carve.runtime.gateway.grpc.GrpcTransport;
import dev.carve.runtime.gateway.http.HttpTransport;

/**
 * Catalog's gateway, declared once: over gRPC ({@link GrpcCatalogGateway}, served by
 * {@link CatalogGrpcService}) and HTTP (the runtime's client of {@link CatalogHttpApi},
 * served by {@link CatalogHttpEndpoints}), its domain errors ({@link CatalogErrors}) and
 * its events ({@link CatalogEventCodecs}). {@code carve.modules.catalog.mode} picks.
 */
public final class CatalogGatewayDeclaration implements GatewayDeclaration {

	static final String MODULE = "catalog";

	@Override
	public GatewayDefinition<CatalogGateway> definition() {
		return GatewayDefinition.of(MODULE, CatalogGateway.class, new CatalogErrors())
			.over(GrpcTransport.of(GrpcCatalogGateway::new, CatalogGrpcService.class))
			.over(HttpTransport.of(CatalogHttpApi.class, CatalogHttpEndpoints.class))
			.publishing(CatalogEventCodecs.moduleEvents());
	}

}
