package dev.carve.runtime.sample;

import dev.carve.runtime.events.EventOutbox;
import dev.carve.runtime.samplecontract.SampleHappened;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Changes state and publishes in one transaction, as module code does. */
public class SampleService {

	private final JdbcTemplate jdbc;

	private final EventOutbox outbox;

	SampleService(JdbcTemplate jdbc, EventOutbox outbox) {
		this.jdbc = jdbc;
		this.outbox = outbox;
	}

	/**
	 * Stores a thing and publishes the event; fails after both when {@code fail} is set.
	 */
	@Transactional
	public void createThing(String name, SampleHappened event, boolean fail) {
		this.jdbc.update("INSERT INTO sample.things (name) VALUES (?)", name);
		this.outbox.publish(event);
		if (fail) {
			throw new IllegalStateException("business rule failed after publishing");
		}
	}

}
