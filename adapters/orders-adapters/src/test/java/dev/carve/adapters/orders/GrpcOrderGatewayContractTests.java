package dev.carve.adapters.orders;

import dev.carve.runtime.module.ModuleMode;

/** The order gateway contract, mode {@code grpc}. */
class GrpcOrderGatewayContractTests extends OrderGatewayContractTests {

	@Override
	ModuleMode mode() {
		return ModuleMode.GRPC;
	}

}
