package dev.carve.runtime.events;

import dev.carve.api.DomainEvent;

/**
 * How one event type travels between processes as bytes: the contract's Protobuf message
 * for it. Declared by the publishing module's adapters in a {@link ModuleEvents}.
 *
 * @param <E> the event type
 */
public interface EventCodec<E extends DomainEvent> {

	/** The event type this codec encodes. */
	Class<E> eventType();

	/**
	 * The event as bytes.
	 * @param event the event
	 * @return its wire form
	 */
	byte[] encode(E event);

	/**
	 * The event some bytes hold.
	 * @param payload the wire form
	 * @return the event
	 * @throws UndecodableEventException when the bytes are not this event
	 */
	E decode(byte[] payload);

}
