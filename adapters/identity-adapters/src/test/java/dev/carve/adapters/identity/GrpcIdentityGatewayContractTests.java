package dev.carve.adapters.identity;

import dev.carve.runtime.module.ModuleMode;

/** The identity gateway contract, mode {@code grpc}. */
class GrpcIdentityGatewayContractTests extends IdentityGatewayContractTests {

	@Override
	ModuleMode mode() {
		return ModuleMode.GRPC;
	}

}
