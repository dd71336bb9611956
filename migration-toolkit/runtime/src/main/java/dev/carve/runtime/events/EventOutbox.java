package dev.carve.runtime.events;

import dev.carve.api.DomainEvent;

/**
 * Publishes a module's events. An event is written to the outbox table of the module that
 * declares it, in the caller's transaction: it is delivered only if that transaction
 * commits, and it is not lost if the process stops before delivery.
 */
public interface EventOutbox {

	/**
	 * Records an event for delivery after the current transaction commits.
	 * @param event the event; its type must be declared in the contract of a module that
	 * runs in this process
	 * @throws IllegalStateException when called outside a transaction, or for an event no
	 * in-process module declares
	 */
	void publish(DomainEvent event);

}
