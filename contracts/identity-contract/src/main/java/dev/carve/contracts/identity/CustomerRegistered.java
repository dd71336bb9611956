package dev.carve.contracts.identity;

import java.time.Instant;
import java.util.UUID;

import dev.carve.api.DomainEvent;

/**
 * A customer signed up. Keyed by customer id.
 *
 * @param eventId unique id of this occurrence
 * @param customerId the new customer's id
 * @param email the customer's e-mail address
 * @param name the customer's display name
 * @param occurredAt when the customer signed up
 */
public record CustomerRegistered(UUID eventId, UUID customerId, String email, String name,
		Instant occurredAt) implements DomainEvent {

	@Override
	public String aggregateKey() {
		return this.customerId.toString();
	}

}
