package dev.carve.runtime.security;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.carve.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What counts as a service credential for a module, and what does not. */
class ServiceCredentialVerifierTests {

	private static final TestTokens identity = TestTokens.create();

	private final ServiceCredentialVerifier verifier = new ServiceCredentialVerifier(identity::decoder);

	@Test
	void aCredentialForTheModuleIsAccepted() {
		String credential = identity.service("orders-service", List.of("catalog", "payments"));

		assertThat(this.verifier.verify("Bearer " + credential, ServiceTokens.moduleAudience("payments")))
			.hasValueSatisfying(
					(jwt) -> assertThat(jwt.getClaimAsString(ServiceTokens.SERVICE_CLAIM)).isEqualTo("orders-service"));
		assertThat(this.verifier.verify("bearer " + credential, ServiceTokens.moduleAudience("catalog"))).isPresent();
	}

	@Test
	void aCredentialForAnotherModuleIsRefused() {
		String credential = identity.service("orders-service", List.of("catalog"));

		assertThat(this.verifier.verify("Bearer " + credential, ServiceTokens.moduleAudience("payments"))).isEmpty();
		assertThat(this.verifier.verify("Bearer " + credential, ServiceTokens.OPERATIONS_AUDIENCE)).isEmpty();
	}

	@Test
	void anEndUsersTokenIsNoServiceCredentialWhateverItsRoles() {
		String admin = identity.admin(UUID.randomUUID());

		assertThat(this.verifier.verify("Bearer " + admin, ServiceTokens.moduleAudience("payments"))).isEmpty();
	}

	@Test
	void aForgedExpiredOrMalformedCredentialIsRefused() {
		String audience = ServiceTokens.moduleAudience("payments");
		String forged = TestTokens.create().service("orders-service", List.of("payments"));

		assertThat(this.verifier.verify("Bearer " + forged, audience)).isEmpty();
		assertThat(this.verifier.verify("Bearer not-a-jwt", audience)).isEmpty();
		assertThat(this.verifier.verify(identity.service("orders-service", List.of("payments")), audience))
			.as("without the Bearer scheme")
			.isEmpty();
		assertThat(this.verifier.verify("Bearer ", audience)).isEmpty();
		assertThat(this.verifier.verify(null, audience)).isEmpty();
		assertThat(this.verifier
			.verify("Bearer " + identity.token(UUID.randomUUID(), List.of(), Duration.ofMinutes(-5)), audience))
			.isEmpty();
	}

	@Test
	void theModuleIsReadFromTheGatewayPathOnly() {
		assertThat(CallerAccess.moduleOf("/internal/v1/payments/orders/1/cancel", "")).isEqualTo("payments");
		assertThat(CallerAccess.moduleOf("/shop/internal/v1/inventory/reservations", "/shop")).isEqualTo("inventory");
		assertThat(CallerAccess.moduleOf("/internal/v1/", "")).isNull();
		assertThat(CallerAccess.moduleOf("/internal/v1", "")).isNull();
		assertThat(CallerAccess.moduleOf("/api/v1/payments/x", "")).isNull();
		assertThat(CallerAccess.moduleOf("/internals/v1/payments/x", "")).isNull();
	}

}
