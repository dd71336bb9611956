package dev.carve.adapters.identity;

import dev.carve.contracts.identity.CustomerRegistered;

import static dev.carve.runtime.events.MessageFields.instant;
import static dev.carve.runtime.events.MessageFields.present;
import static dev.carve.runtime.events.MessageFields.text;
import static dev.carve.runtime.events.MessageFields.timestamp;
import static dev.carve.runtime.events.MessageFields.uuid;

/**
 * Converts between the identity contract's event records and their protobuf messages. A
 * message that lacks a field its event needs is refused with an
 * {@link IllegalArgumentException} that names the field.
 */
final class IdentityEventMessages {

	private IdentityEventMessages() {
	}

	static dev.carve.contracts.identity.v1.CustomerRegistered toMessage(CustomerRegistered event) {
		return dev.carve.contracts.identity.v1.CustomerRegistered.newBuilder()
			.setEventId(event.eventId().toString())
			.setCustomerId(event.customerId().toString())
			.setEmail(event.email())
			.setName(event.name())
			.setOccurredAt(timestamp(event.occurredAt()))
			.build();
	}

	static CustomerRegistered fromMessage(dev.carve.contracts.identity.v1.CustomerRegistered message) {
		return new CustomerRegistered(uuid(message.getEventId(), "event_id"),
				uuid(message.getCustomerId(), "customer_id"), text(message.getEmail(), "email"), message.getName(),
				instant(present(message.hasOccurredAt(), message.getOccurredAt(), "occurred_at")));
	}

}
