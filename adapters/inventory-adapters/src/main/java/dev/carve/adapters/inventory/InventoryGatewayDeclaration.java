package dev.carve.adapters.inventory;

import java.util.UUID;

import dev.carve.contracts.inventory.InventoryGateway;
import dev.carve.runtime.gateway.GatewayDeclaration;
import dev.carve.runtime.gateway.GatewayDefinition;
import dev.carve.runtime.gateway.grpc.GrpcTransport;
import dev.carve.runtime.gateway.http.HttpTransport;

/**
 * Inventory's gateway, declared once: over gRPC ({@link GrpcInventoryGateway}, served by
 * {@link InventoryGrpcService}) and HTTP (the runtime's client of
 * {@link InventoryHttpApi}, served by {@link InventoryHttpEndpoints}), its domain errors
 * ({@link InventoryErrors}) and its events ({@link InventoryEventCodecs}), and its probe:
 * releasing the reservation of an order that does not exist.
 * {@code carve.modules.inventory.mode} picks.
 */
public final class InventoryGatewayDeclaration implements GatewayDeclaration {

	static final String MODULE = "inventory";

	/**
	 * No order has it: releasing its reservation changes nothing, wherever it is asked.
	 */
	private static final UUID NO_ORDER = new UUID(0L, 0L);

	@Override
	public GatewayDefinition<InventoryGateway> definition() {
		return GatewayDefinition.of(MODULE, InventoryGateway.class, new InventoryErrors())
			.over(GrpcTransport.of(GrpcInventoryGateway::new, InventoryGrpcService.class))
			.over(HttpTransport.of(InventoryHttpApi.class, InventoryHttpEndpoints.class))
			.publishing(InventoryEventCodecs.moduleEvents())
			.probedBy((inventory) -> inventory.release(NO_ORDER));
	}

}
