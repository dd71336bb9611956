package dev.carve.runtime.events;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The events the relay parked in this process's outboxes, for operators: list them, and
 * release one once its cause is fixed so that the relay tries it again (and then the
 * events of its key that waited behind it).
 */
public class ParkedEvents {

	private final List<OutboxTable> outboxes;

	ParkedEvents(List<OutboxTable> outboxes) {
		this.outboxes = List.copyOf(outboxes);
	}

	/**
	 * The parked events of every outbox, oldest first per module.
	 * @param limit at most this many per module
	 * @return the parked events
	 */
	public List<ParkedEvent> list(int limit) {
		List<ParkedEvent> parked = new ArrayList<>();
		this.outboxes.forEach((outbox) -> parked.addAll(outbox.parked(limit)));
		return parked;
	}

	/**
	 * Lets the relay try a parked event again from its first attempt, at once.
	 * Idempotent: releasing an event that is not parked changes nothing.
	 * @param eventId the event's id
	 * @return whether a parked event with this id was released
	 */
	public boolean release(UUID eventId) {
		return this.outboxes.stream().anyMatch((outbox) -> outbox.release(eventId));
	}

}
