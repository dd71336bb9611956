package dev.carve.adapters.catalog;

import dev.carve.runtime.module.ModuleMode;

/** The catalog gateway contract, mode {@code in-process}. */
class InProcessCatalogGatewayContractTests extends CatalogGatewayContractTests {

	@Override
	ModuleMode mode() {
		return ModuleMode.IN_PROCESS;
	}

}
