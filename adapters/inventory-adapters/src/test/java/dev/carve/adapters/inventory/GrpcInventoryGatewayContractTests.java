package dev.carve.adapters.inventory;

import java.util.UUID;

import dev.carve.runtime.gateway.GatewayRefusedException;
import dev.carve.runtime.module.ModuleMode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The inventory gateway contract, mode {@code grpc}. */
class GrpcInventoryGatewayContractTests extends InventoryGatewayContractTests {

	@Override
	ModuleMode mode() {
		return ModuleMode.GRPC;
	}

	@Test
	void aConsumerWhoseServiceCredentialTheProviderDoesNotTrustIsRefused() {
		UUID orderId = UUID.randomUUID();
		assertThatExceptionOfType(GatewayRefusedException.class)
			.isThrownBy(() -> InventoryProcesses.strangerGateway(mode()).release(orderId))
			.satisfies((refusal) -> assertThat(refusal.reason())
				.isEqualTo(GatewayRefusedException.Reason.CREDENTIALS_REFUSED));
	}

}
