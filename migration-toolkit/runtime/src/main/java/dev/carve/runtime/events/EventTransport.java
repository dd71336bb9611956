package dev.carve.runtime.events;

import java.util.concurrent.CompletableFuture;

import dev.carve.api.DomainEvent;

/**
 * One way the relay delivers an outbox event: to the listeners in this process, or to a
 * broker. An event is marked sent only when every transport's delivery completed
 * normally.
 */
public interface EventTransport {

	/**
	 * Starts delivering one event. Must be safe to call again for the same event
	 * (delivery is at-least-once). The relay starts deliveries of events with different
	 * keys before waiting for any, and of one key only once the earlier one completed.
	 * @param record the outbox row
	 * @param event the event it holds
	 * @return completes when the event is delivered; completes exceptionally with
	 * {@link TransportUnavailableException} when the destination cannot be reached, or
	 * with any other exception when this event could not be delivered
	 */
	CompletableFuture<?> deliver(OutboxRecord record, DomainEvent event);

}
