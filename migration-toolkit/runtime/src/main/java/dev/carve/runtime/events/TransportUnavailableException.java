package dev.carve.runtime.events;

/**
 * An {@link EventTransport} cannot reach where it delivers to (a broker that is down or
 * out of reach). The relay keeps the event and pauses, rather than counting it against
 * the event.
 */
public class TransportUnavailableException extends RuntimeException {

	public TransportUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
