package dev.carve.adapters.inventory;

import java.util.UUID;

import dev.carve.adapters.testkit.ContractModes;
import dev.carve.runtime.gateway.GatewayRefusedException;
import dev.carve.runtime.module.ModuleMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What an {@link dev.carve.contracts.inventory.InventoryGateway} does only when the call
 * leaves the process, run once per remote mode ({@code [grpc]}, {@code [http]}) against
 * the real inventory module, on behalf of a signed-in customer as in
 * {@link InventoryGatewayContractTests}.
 */
class RemoteInventoryGatewayContractTests {

	@BeforeEach
	void signIn() {
		String token = InventoryProcesses.TOKENS.customer(UUID.randomUUID());
		SecurityContextHolder.getContext()
			.setAuthentication(new JwtAuthenticationToken(InventoryProcesses.TOKENS.decoder().decode(token)));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@ParameterizedTest(name = ContractModes.NAME)
	@MethodSource(ContractModes.REMOTE)
	void aConsumerWhoseServiceCredentialTheProviderDoesNotTrustIsRefused(ModuleMode mode) {
		UUID orderId = UUID.randomUUID();
		assertThatExceptionOfType(GatewayRefusedException.class)
			.isThrownBy(() -> InventoryProcesses.strangerGateway(mode).release(orderId))
			.satisfies((refusal) -> assertThat(refusal.reason())
				.isEqualTo(GatewayRefusedException.Reason.CREDENTIALS_REFUSED));
	}

}
