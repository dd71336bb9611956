package dev.carve.runtime.sample;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import dev.carve.runtime.events.ModuleEventListener;
import dev.carve.runtime.samplecontract.SampleHappened;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two listeners of the sample event. Each records its effect in {@code sample.effects};
 * the second fails while {@link #failuresLeft} is above zero, after recording, so a retry
 * without the inbox would show a duplicate; it throws an {@link Error} for an event with
 * seq {@code -9} while {@link #givesUp} is set.
 */
public class SampleListeners {

	/** How many more times the flaky listener fails. */
	public static final AtomicInteger failuresLeft = new AtomicInteger();

	/** Whether the flaky listener throws an {@link Error} for seq {@code -9}. */
	public static final AtomicBoolean givesUp = new AtomicBoolean(true);

	private final JdbcTemplate jdbc;

	SampleListeners(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@ModuleEventListener
	void steady(SampleHappened event) {
		record("steady", event);
	}

	@ModuleEventListener
	void flaky(SampleHappened event) {
		record("flaky", event);
		if (event.seq() == -9 && givesUp.get()) {
			throw new Error("the flaky listener gives up on seq -9");
		}
		if (failuresLeft.getAndUpdate((left) -> Math.max(0, left - 1)) > 0) {
			throw new IllegalStateException("flaky listener fails on purpose");
		}
	}

	private void record(String listener, SampleHappened event) {
		this.jdbc.update("INSERT INTO sample.effects (listener, event_id, aggregate_key, seq) VALUES (?, ?, ?, ?)",
				listener, event.eventId(), event.key(), event.seq());
	}

}
