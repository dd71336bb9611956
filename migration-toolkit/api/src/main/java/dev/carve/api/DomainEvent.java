package dev.carve.api;

import java.time.Instant;
import java.util.UUID;

/**
 * An event a module publishes: a past-tense fact. Events are declared in the publishing
 * module's contract; the contract's module owns the event and its outbox.
 */
public interface DomainEvent {

	/** Unique id of this occurrence; consumers deduplicate on it. */
	UUID eventId();

	/**
	 * The key of the aggregate the event is about (an order id, a SKU). Delivery keeps
	 * order per key.
	 */
	String aggregateKey();

	/** When the fact happened. */
	Instant occurredAt();

}
