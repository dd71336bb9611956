package dev.carve.adapters.inventory;

import dev.carve.contracts.inventory.InventoryGateway;
import dev.carve.runtime.gateway.GatewayDeclaration;
import dev.carve.runtime.gateway.GatewayDefinition;
import dev.carve.runtime.gateway.grpc.GrpcTransport;
import dev.carve.runtime.gateway.http.HttpTransport;

/**
 * Inventory's gateway, declared once: over gRPC ({@link GrpcInventoryGateway}, served by
 * {@link InventoryGrpcService}) and HTTP ({@link HttpInventoryGateway}, served by
 * {@link InventoryHttpEndpoints}), its domain errors ({@link InventoryErrors}) and its
 * events ({@link InventoryEventCodecs}). {@code carve.modules.inventory.mode} picks.
 */
public final class InventoryGatewayDeclaration implements GatewayDeclaration {

	static final String MODULE = "inventory";

	@Override
	public GatewayDefinition<InventoryGateway> definition() {
		return GatewayDefinition.of(MODULE, InventoryGateway.class, new InventoryErrors())
			.over(GrpcTransport.of(GrpcInventoryGateway::new, InventoryGrpcService.class))
			.over(HttpTransport.of(InventoryHttpClient.class, HttpInventoryGateway::new, InventoryHttpEndpoints.class))
			.publishing(InventoryEventCodecs.moduleEvents());
	}

}
