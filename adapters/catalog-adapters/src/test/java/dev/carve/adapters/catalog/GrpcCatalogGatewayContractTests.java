package dev.carve.adapters.catalog;

import dev.carve.runtime.module.ModuleMode;

/** The catalog gateway contract, mode {@code grpc}. */
class GrpcCatalogGatewayContractTests extends CatalogGatewayContractTests {

	@Override
	ModuleMode mode() {
		return ModuleMode.GRPC;
	}

}
