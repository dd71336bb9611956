package dev.carve.adapters.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import dev.carve.adapters.testkit.ContractModes;
import dev.carve.contracts.identity.CustomerView;
import dev.carve.contracts.identity.IdentityGateway;
import dev.carve.runtime.module.ModuleMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link IdentityGateway} does, whatever carries the call. Run once per mode
 * ({@code [in-process]}, {@code [grpc]}, {@code [http]}), each run against the real
 * identity module on PostgreSQL; the calls are made on behalf of a customer who signed up
 * and logged in through identity's public API, whose token remote modes relay.
 */
@ParameterizedClass(name = ContractModes.NAME)
@MethodSource(ContractModes.EVERY)
class IdentityGatewayContractTests {

	private final ModuleMode mode;

	private IdentityGateway identity;

	private String email;

	private String token;

	private UUID customerId;

	IdentityGatewayContractTests(ModuleMode mode) {
		this.mode = mode;
	}

	@BeforeEach
	void signUpAndSignIn() {
		this.email = "Ada." + UUID.randomUUID() + "@Example.Test";
		this.customerId = UUID.fromString(IdentityProcesses.signUp(this.email, "Ada Lovelace").path("id").asString());
		this.token = IdentityProcesses.login(this.email, IdentityProcesses.PASSWORD);
		SecurityContextHolder.getContext().setAuthentication(IdentityProcesses.caller(this.token));
		this.identity = IdentityProcesses.gateway(this.mode);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void findsTheCustomerAsTheirAccountShowsThem() {
		CustomerView customer = this.identity.findCustomer(this.customerId).orElseThrow();
		JsonNode account = IdentityProcesses.me(this.token);
		assertThat(customer.id()).isEqualTo(this.customerId).isEqualTo(UUID.fromString(account.path("id").asString()));
		assertThat(customer.email()).isEqualTo(this.email.toLowerCase(Locale.ROOT))
			.isEqualTo(account.path("email").asString());
		assertThat(customer.name()).isEqualTo("Ada Lovelace");
		assertThat(customer.roles()).containsExactly("CUSTOMER");
	}

	@Test
	void findsAnyCustomerNotOnlyTheCaller() {
		String other = "grace." + UUID.randomUUID() + "@example.test";
		UUID otherId = UUID.fromString(IdentityProcesses.signUp(other, "Grace Hopper").path("id").asString());
		CustomerView customer = this.identity.findCustomer(otherId).orElseThrow();
		assertThat(customer).isEqualTo(new CustomerView(otherId, other, "Grace Hopper", java.util.Set.of("CUSTOMER")));
	}

	@Test
	void findsTheAdministratorWithEveryRole() {
		UUID adminId = UUID.fromString(IdentityProcesses.me(IdentityProcesses.loginAdmin()).path("id").asString());
		CustomerView admin = this.identity.findCustomer(adminId).orElseThrow();
		assertThat(admin.email()).isEqualTo(IdentityProcesses.ADMIN_EMAIL);
		assertThat(admin.roles()).containsExactlyInAnyOrder("CUSTOMER", "ADMIN");
	}

	@Test
	void anUnknownIdIsAnEmptyAnswerNotAnError() {
		assertThat(this.identity.findCustomer(UUID.randomUUID())).isEmpty();
	}

	@Test
	void lookingUpAgainGivesTheSameAnswer() {
		Optional<CustomerView> first = this.identity.findCustomer(this.customerId);
		Optional<CustomerView> again = this.identity.findCustomer(this.customerId);
		assertThat(first).isPresent();
		assertThat(again).isEqualTo(first);
		UUID unknown = UUID.randomUUID();
		assertThat(this.identity.findCustomer(unknown)).isEmpty();
		assertThat(this.identity.findCustomer(unknown)).isEmpty();
	}

}
