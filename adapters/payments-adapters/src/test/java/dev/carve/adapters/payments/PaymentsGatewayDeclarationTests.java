package dev.carve.adapters.payments;

import java.util.Map;

import dev.carve.adapters.testkit.GatewayDeclarationSuite;
import dev.carve.runtime.module.ModuleMode;

/**
 * What payments's gateway declaration yields in every mode
 * ({@link GatewayDeclarationSuite}).
 */
class PaymentsGatewayDeclarationTests extends GatewayDeclarationSuite {

	PaymentsGatewayDeclarationTests() {
		super(new PaymentsGatewayDeclaration(), PaymentsTestApplication.class,
				Map.of(ModuleMode.GRPC, GrpcPaymentGateway.class));
	}

}
