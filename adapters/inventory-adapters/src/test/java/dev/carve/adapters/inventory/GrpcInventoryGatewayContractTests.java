package dev.carve.adapters.inventory;

import java.util.UUID;

import dev.carve.runtime.gateway.GatewayRefusedException;
import dev.carve.runtime.module.ModuleMode;
import org.junit.jupiter.api.Test;

import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The inventory gateway contract, mode {@code grpc}. */
class GrpcInventoryGatewayContractTests extends InventoryGatewayContractTests {

	@Override
	ModuleMode mode() {
		return ModuleMode.GRPC;
	}

	@Test
	void theProviderRefusesACallMadeOnBehalfOfNoOne() {
		SecurityContextHolder.clearContext();
		assertThatExceptionOfType(GatewayRefusedException.class)
			.isThrownBy(() -> InventoryProcesses.gateway(mode()).release(UUID.randomUUID()))
			.satisfies((refusal) -> assertThat(refusal.reason())
				.isEqualTo(GatewayRefusedException.Reason.CREDENTIALS_REFUSED))
			.withMessageContaining("refused the caller's credentials");
	}

}
