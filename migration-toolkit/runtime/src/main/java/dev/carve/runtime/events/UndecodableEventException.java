package dev.carve.runtime.events;

/**
 * Bytes that are not the event they claim to be. Retrying cannot help: a consumer sets
 * such a record aside at once.
 */
public class UndecodableEventException extends RuntimeException {

	public UndecodableEventException(String message, Throwable cause) {
		super(message, cause);
	}

}
