package dev.carve.runtime.events;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * {@code /actuator/outbox}: the parked events of this process's outboxes ({@code GET}),
 * and the release of one ({@code POST /actuator/outbox/<event-id>}), for operators only
 * like every actuator endpoint but the probes.
 */
@Endpoint(id = "outbox")
public class OutboxEndpoint {

	/** The most parked events listed per module. */
	static final int LIST_LIMIT = 100;

	private final ParkedEvents parked;

	OutboxEndpoint(ParkedEvents parked) {
		this.parked = parked;
	}

	/** The parked events, at most {@value #LIST_LIMIT} per module. */
	@ReadOperation
	public Map<String, List<ParkedEvent>> parked() {
		return Map.of("parked", this.parked.list(LIST_LIMIT));
	}

	/**
	 * Releases a parked event: the relay tries it again at once.
	 * @param eventId the event's id
	 * @return whether an event was released
	 */
	@WriteOperation
	public Map<String, Object> release(@Selector UUID eventId) {
		return Map.of("eventId", eventId, "released", this.parked.release(eventId));
	}

}
