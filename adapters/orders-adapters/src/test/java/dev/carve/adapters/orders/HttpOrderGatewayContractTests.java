package dev.carve.adapters.orders;

import dev.carve.runtime.module.ModuleMode;

/** The order gateway contract, mode {@code http}. */
class HttpOrderGatewayContractTests extends OrderGatewayContractTests {

	@Override
	ModuleMode mode() {
		return ModuleMode.HTTP;
	}

}
