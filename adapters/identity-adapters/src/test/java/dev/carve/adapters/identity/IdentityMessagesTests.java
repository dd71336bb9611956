package dev.carve.adapters.identity;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.carve.contracts.identity.CustomerView;
import dev.carve.contracts.identity.v1.FindCustomerResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A customer, or the lack of one, survives the trip through the protobuf messages. */
class IdentityMessagesTests {

	@Test
	void aCustomerWithEveryRoleSurvivesTheWire() throws Exception {
		CustomerView sent = new CustomerView(UUID.randomUUID(), "ada@example.test", "Ada", Set.of("CUSTOMER", "ADMIN"));
		FindCustomerResponse wire = FindCustomerResponse
			.parseFrom(IdentityMessages.toMessage(Optional.of(sent)).toByteArray());
		assertThat(wire.getFound()).isTrue();
		assertThat(wire.getCustomer().getRolesList()).containsExactly("ADMIN", "CUSTOMER");
		assertThat(IdentityMessages.fromMessage(wire)).contains(sent);
	}

	@Test
	void notFoundIsAnEmptyAnswer() throws Exception {
		FindCustomerResponse wire = FindCustomerResponse
			.parseFrom(IdentityMessages.toMessage(Optional.empty()).toByteArray());
		assertThat(wire.getFound()).isFalse();
		assertThat(wire.hasCustomer()).isFalse();
		assertThat(IdentityMessages.fromMessage(wire)).isEmpty();
	}

}
