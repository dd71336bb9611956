package dev.carve.adapters.payments;

import dev.carve.runtime.module.ModuleMode;

/** The payment gateway contract, mode {@code grpc}. */
class GrpcPaymentGatewayContractTests extends PaymentGatewayContractTests {

	@Override
	ModuleMode mode() {
		return ModuleMode.GRPC;
	}

}
