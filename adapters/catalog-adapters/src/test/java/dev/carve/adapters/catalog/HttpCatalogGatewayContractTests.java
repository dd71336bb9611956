package dev.carve.adapters.catalog;

import dev.carve.runtime.module.ModuleMode;

/** The catalog gateway contract, mode {@code http}. */
class HttpCatalogGatewayContractTests extends CatalogGatewayContractTests {

	@Override
	ModuleMode mode() {
		return ModuleMode.HTTP;
	}

}
