package dev.carve.adapters.orders;

import dev.carve.runtime.module.ModuleMode;

/** The order gateway contract, mode {@code in-process}. */
class InProcessOrderGatewayContractTests extends OrderGatewayContractTests {

	@Override
	ModuleMode mode() {
		return ModuleMode.IN_PROCESS;
	}

}
