package dev.carve.runtime.samplesink;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import dev.carve.api.NotFoundException;
import dev.carve.runtime.events.ModuleEventListener;
import dev.carve.runtime.samplecontract.SampleHappened;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Records every sample event. An event with a negative {@code seq} fails: {@code -1}
 * always, {@code -2} while {@link #transientFailuresLeft} is above zero, {@code -3}
 * always with a business rule's refusal (an unknown thing), counted in {@link #refusals}.
 */
public class SinkListener {

	/** How many more times an event with seq {@code -2} fails. */
	public static final AtomicInteger transientFailuresLeft = new AtomicInteger();

	/** How often an event with seq {@code -3} was refused. */
	public static final AtomicInteger refusals = new AtomicInteger();

	private final JdbcTemplate jdbc;

	SinkListener(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@ModuleEventListener
	void received(SampleHappened event) {
		this.jdbc.update("INSERT INTO samplesink.received (event_id, aggregate_key, seq) VALUES (?, ?, ?)",
				event.eventId(), event.key(), event.seq());
		if (event.seq() == -3) {
			refusals.incrementAndGet();
			throw new NotFoundException("unknown-thing", "No thing " + event.key(), Map.of());
		}
		if (event.seq() == -4) {
			throw new Error("the sink breaks on seq -4");
		}
		if (event.seq() == -1) {
			throw new IllegalStateException("the sink refuses seq -1");
		}
		if (event.seq() == -2 && transientFailuresLeft.getAndUpdate((left) -> Math.max(0, left - 1)) > 0) {
			throw new IllegalStateException("the sink fails for a while");
		}
	}

}
