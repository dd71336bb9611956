package dev.carve.adapters.identity;

import dev.carve.runtime.module.ModuleMode;

/** The identity gateway contract, mode {@code http}. */
class HttpIdentityGatewayContractTests extends IdentityGatewayContractTests {

	@Override
	ModuleMode mode() {
		return ModuleMode.HTTP;
	}

}
