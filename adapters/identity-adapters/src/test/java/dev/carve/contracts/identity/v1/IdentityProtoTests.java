package dev.carve.contracts.identity.v1;

import java.time.Instant;

import com.google.protobuf.Timestamp;
import dev.carve.adapters.testkit.ServiceMethodsMatch;
import dev.carve.contracts.identity.IdentityGateway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The identity proto compiles into messages that survive the wire and a real gRPC
 * service.
 */
class IdentityProtoTests {

	private static final String CUSTOMER_ID = "3f1c2a9e-6b1d-4c8e-9a7f-2d5e8b0c4a11";

	@Test
	void foundCustomerSurvivesTheWire() throws Exception {
		FindCustomerResponse sent = FindCustomerResponse.newBuilder()
			.setFound(true)
			.setCustomer(CustomerView.newBuilder()
				.setId(CUSTOMER_ID)
				.setEmail("ada@example.com")
				.setName("Ada")
				.addRoles("CUSTOMER")
				.addRoles("ADMIN"))
			.build();
		FindCustomerResponse received = FindCustomerResponse.parseFrom(sent.toByteArray());
		assertThat(received).isEqualTo(sent);
		assertThat(received.getFound()).isTrue();
		assertThat(received.getCustomer().getId()).isEqualTo(CUSTOMER_ID);
		assertThat(received.getCustomer().getEmail()).isEqualTo("ada@example.com");
		assertThat(received.getCustomer().getRolesList()).containsExactly("CUSTOMER", "ADMIN");
	}

	@Test
	void unknownCustomerIsAnEmptyAnswer() throws Exception {
		FindCustomerResponse received = FindCustomerResponse.parseFrom(new byte[0]);
		assertThat(received.getFound()).isFalse();
		assertThat(received.hasCustomer()).isFalse();
	}

	@Test
	void customerRegisteredSurvivesTheWire() throws Exception {
		Instant occurredAt = Instant.parse("2026-03-01T10:15:30.123456789Z");
		CustomerRegistered sent = CustomerRegistered.newBuilder()
			.setEventId("9b2e4f60-1c3d-4a5b-8c7d-0e1f2a3b4c5d")
			.setCustomerId(CUSTOMER_ID)
			.setEmail("ada@example.com")
			.setName("Ada")
			.setOccurredAt(
					Timestamp.newBuilder().setSeconds(occurredAt.getEpochSecond()).setNanos(occurredAt.getNano()))
			.build();
		CustomerRegistered received = CustomerRegistered.parseFrom(sent.toByteArray());
		assertThat(received).isEqualTo(sent);
		assertThat(Instant.ofEpochSecond(received.getOccurredAt().getSeconds(), received.getOccurredAt().getNanos()))
			.isEqualTo(occurredAt);
	}

	@Test
	void serviceHasOneMethodPerGatewayMethod() {
		assertThat(IdentityServiceGrpc.getServiceDescriptor().getName()).isEqualTo("carve.identity.v1.IdentityService");
		ServiceMethodsMatch.assertMatch(IdentityServiceGrpc.getServiceDescriptor(), IdentityGateway.class);
	}

}
