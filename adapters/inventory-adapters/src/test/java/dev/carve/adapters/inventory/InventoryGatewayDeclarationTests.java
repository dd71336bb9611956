package dev.carve.adapters.inventory;

import java.util.Map;

import dev.carve.adapters.testkit.GatewayDeclarationSuite;
import dev.carve.runtime.module.ModuleMode;

/**
 * What inventory's gateway declaration yields in every mode
 * ({@link GatewayDeclarationSuite}).
 */
class InventoryGatewayDeclarationTests extends GatewayDeclarationSuite {

	InventoryGatewayDeclarationTests() {
		super(new InventoryGatewayDeclaration(), InventoryTestApplication.class,
				Map.of(ModuleMode.GRPC, GrpcInventoryGateway.class));
	}

}
