package dev.carve.adapters.catalog;

import java.util.Map;

import dev.carve.adapters.testkit.GatewayDeclarationSuite;
import dev.carve.runtime.module.ModuleMode;

/**
 * What catalog's gateway declaration yields in every mode
 * ({@link GatewayDeclarationSuite}).
 */
class CatalogGatewayDeclarationTests extends GatewayDeclarationSuite {

	CatalogGatewayDeclarationTests() {
		super(new CatalogGatewayDeclaration(), CatalogTestApplication.class,
				Map.of(ModuleMode.GRPC, GrpcCatalogGateway.class));
	}

}
