package dev.carve.adapters.payments;

import dev.carve.runtime.module.ModuleMode;

/** The payment gateway contract, mode {@code in-process}. */
class InProcessPaymentGatewayContractTests extends PaymentGatewayContractTests {

	@Override
	ModuleMode mode() {
		return ModuleMode.IN_PROCESS;
	}

}
