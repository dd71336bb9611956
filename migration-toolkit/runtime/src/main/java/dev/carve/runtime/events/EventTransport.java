package dev.carve.runtime.events;

import dev.carve.kernel.DomainEvent;

/**
 * One way the relay delivers an outbox event: to the listeners in this process, or to a
 * broker. An event is marked sent only when every transport returned normally.
 */
public interface EventTransport {

	/**
	 * Delivers one event. Must be safe to call again for the same event (delivery is
	 * at-least-once).
	 * @param record the outbox row
	 * @param event the event it holds
	 * @throws RuntimeException when delivery failed; the relay retries later
	 */
	void deliver(OutboxRecord record, DomainEvent event);

}
