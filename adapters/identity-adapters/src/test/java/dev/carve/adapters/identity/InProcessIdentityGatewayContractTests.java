package dev.carve.adapters.identity;

import dev.carve.runtime.module.ModuleMode;

/** The identity gateway contract, mode {@code in-process}. */
class InProcessIdentityGatewayContractTests extends IdentityGatewayContractTests {

	@Override
	ModuleMode mode() {
		return ModuleMode.IN_PROCESS;
	}

}
