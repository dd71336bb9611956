package dev.carve.runtime.events;

import dev.carve.api.DomainEvent;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.ClassUtils;

/** Turns events into the JSON kept in the outbox, and back. */
public class EventSerializer {

	private final JsonMapper jsonMapper;

	public EventSerializer(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	/** The event as JSON. */
	public String toJson(DomainEvent event) {
		return this.jsonMapper.writeValueAsString(event);
	}

	/**
	 * The event a row holds.
	 * @param eventType the event's class name
	 * @param json the event as JSON
	 * @return the event
	 * @throws IllegalStateException when the class is not on this process's class path
	 */
	public DomainEvent fromJson(String eventType, String json) {
		Class<?> type = resolve(eventType);
		return (DomainEvent) this.jsonMapper.readValue(json, type);
	}

	private Class<?> resolve(String eventType) {
		try {
			return ClassUtils.forName(eventType, getClass().getClassLoader());
		}
		catch (ClassNotFoundException | LinkageError ex) {
			throw new IllegalStateException("Unknown event type " + eventType, ex);
		}
	}

}
