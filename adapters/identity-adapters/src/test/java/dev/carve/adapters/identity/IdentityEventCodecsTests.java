package dev.carve.adapters.identity;

import java.util.List;
import java.util.UUID;

import dev.carve.adapters.testkit.EventCodecsSuite;
import dev.carve.api.DomainEvent;
import dev.carve.contracts.identity.CustomerRegistered;
import dev.carve.runtime.events.UndecodableEventException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Identity's events travel as the identity contract's messages
 * ({@link EventCodecsSuite}).
 */
class IdentityEventCodecsTests extends EventCodecsSuite {

	private final CustomerRegistered registration = new CustomerRegistered(UUID.randomUUID(), UUID.randomUUID(),
			"ada@example.com", "Ada Lovelace", OCCURRED_AT);

	IdentityEventCodecsTests() {
		super(IdentityEventCodecs.moduleEvents(), "identity");
	}

	@Override
	protected List<DomainEvent> samples() {
		return List.of(this.registration);
	}

	@Test
	void customerRegisteredTravelsAsTheContractMessage() throws Exception {
		var wire = dev.carve.contracts.identity.v1.CustomerRegistered.parseFrom(encodedWhole(this.registration));
		assertThat(wire.getEventId()).isEqualTo(this.registration.eventId().toString());
		assertThat(wire.getCustomerId()).isEqualTo(this.registration.customerId().toString());
		assertThat(wire.getEmail()).isEqualTo("ada@example.com");
		assertThat(wire.getName()).isEqualTo("Ada Lovelace");
		assertOccurredAt(wire.getOccurredAt());
	}

	@Test
	void aCustomerIdThatIsNoUuidIsRefusedNamingIt() {
		byte[] bytes = IdentityEventMessages.toMessage(this.registration)
			.toBuilder()
			.setCustomerId("ada")
			.build()
			.toByteArray();
		assertThatExceptionOfType(UndecodableEventException.class)
			.isThrownBy(() -> codec(CustomerRegistered.class).decode(bytes))
			.withMessageContaining("customer_id is not a UUID");
	}

}
