package dev.carve.runtime.samplesink;

import java.util.concurrent.atomic.AtomicInteger;

import dev.carve.runtime.events.ModuleEventListener;
import dev.carve.runtime.samplecontract.SampleHappened;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Records every sample event. An event with a negative {@code seq} fails: {@code -1}
 * always, {@code -2} while {@link #transientFailuresLeft} is above zero.
 */
public class SinkListener {

	/** How many more times an event with seq {@code -2} fails. */
	public static final AtomicInteger transientFailuresLeft = new AtomicInteger();

	private final JdbcTemplate jdbc;

	SinkListener(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@ModuleEventListener
	void received(SampleHappened event) {
		this.jdbc.update("INSERT INTO samplesink.received (event_id, aggregate_key, seq) VALUES (?, ?, ?)",
				event.eventId(), event.key(), event.seq());
		if (event.seq() == -1) {
			throw new IllegalStateException("the sink refuses seq -1");
		}
		if (event.seq() == -2 && transientFailuresLeft.getAndUpdate((left) -> Math.max(0, left - 1)) > 0) {
			throw new IllegalStateException("the sink fails for a while");
		}
	}

}
