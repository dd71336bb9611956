package dev.carve.adapters.inventory;

import dev.carve.runtime.module.ModuleMode;

/** The inventory gateway contract, mode {@code in-process}. */
class InProcessInventoryGatewayContractTests extends InventoryGatewayContractTests {

	@Override
	ModuleMode mode() {
		return ModuleMode.IN_PROCESS;
	}

}
