package dev.carve.adapters.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.carve.contracts.identity.CustomerRegistered;
import dev.carve.runtime.events.EventCodec;
import dev.carve.runtime.events.ModuleEvents;
import dev.carve.runtime.events.UndecodableEventException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Identity's events travel as the identity contract's messages: each survives the trip
 * whole, its bytes are the contract's message, and bytes that are not the event are
 * refused.
 */
class IdentityEventCodecsTests {

	private static final Instant OCCURRED_AT = Instant.parse("2026-03-14T09:26:53.589793238Z");

	private final ModuleEvents events = IdentityEventCodecs.moduleEvents();

	private final EventCodec<CustomerRegistered> codec = this.events.codec(CustomerRegistered.class);

	@Test
	void customerRegisteredTravelsAsTheContractMessage() throws Exception {
		CustomerRegistered registered = registration();
		byte[] bytes = this.codec.encode(registered);
		var wire = dev.carve.contracts.identity.v1.CustomerRegistered.parseFrom(bytes);
		assertThat(wire.getEventId()).isEqualTo(registered.eventId().toString());
		assertThat(wire.getCustomerId()).isEqualTo(registered.customerId().toString());
		assertThat(wire.getEmail()).isEqualTo("ada@example.com");
		assertThat(wire.getName()).isEqualTo("Ada Lovelace");
		assertThat(wire.getOccurredAt().getSeconds()).isEqualTo(OCCURRED_AT.getEpochSecond());
		assertThat(wire.getOccurredAt().getNanos()).isEqualTo(589_793_238);
		assertThat(this.codec.decode(bytes)).isEqualTo(registered);
	}

	@Test
	void bytesThatAreNoMessageAreRefused() {
		assertThatExceptionOfType(UndecodableEventException.class)
			.isThrownBy(() -> this.codec.decode(new byte[] { 1, 2, 3, 4, 5 }));
	}

	@Test
	void anEmptyMessageIsRefusedNamingTheMissingField() {
		assertThatExceptionOfType(UndecodableEventException.class).isThrownBy(() -> this.codec.decode(new byte[0]))
			.withMessageContaining("CustomerRegistered")
			.withMessageContaining("event_id is missing");
	}

	@Test
	void aCustomerIdThatIsNoUuidIsRefusedNamingIt() {
		byte[] bytes = IdentityEventMessages.toMessage(registration())
			.toBuilder()
			.setCustomerId("ada")
			.build()
			.toByteArray();
		assertThatExceptionOfType(UndecodableEventException.class).isThrownBy(() -> this.codec.decode(bytes))
			.withMessageContaining("customer_id is not a UUID");
	}

	@Test
	void eachEventHasItsOwnTopic() {
		assertThat(this.events.topic(CustomerRegistered.class)).isEqualTo("carve.identity.CustomerRegistered");
	}

	@Test
	void theModuleDeclaresExactlyTheEventsItPublishes() {
		assertThat(this.events.module()).isEqualTo("identity");
		List<Class<?>> types = this.events.codecs().stream().<Class<?>>map(EventCodec::eventType).toList();
		assertThat(types).containsExactlyInAnyOrder(CustomerRegistered.class);
	}

	private static CustomerRegistered registration() {
		return new CustomerRegistered(UUID.randomUUID(), UUID.randomUUID(), "ada@example.com", "Ada Lovelace",
				OCCURRED_AT);
	}

}
