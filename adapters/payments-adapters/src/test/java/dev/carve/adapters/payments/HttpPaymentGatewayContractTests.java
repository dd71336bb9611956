package dev.carve.adapters.payments;

import dev.carve.runtime.module.ModuleMode;

/** The payment gateway contract, mode {@code http}. */
class HttpPaymentGatewayContractTests extends PaymentGatewayContractTests {

	@Override
	ModuleMode mode() {
		return ModuleMode.HTTP;
	}

}
