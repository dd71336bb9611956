package dev.carve.runtime.samplecontract;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import dev.carve.runtime.events.EventCodec;
import dev.carve.runtime.events.ModuleEvents;
import dev.carve.runtime.events.UndecodableEventException;

/**
 * The sample module's events on the wire: {@code eventId|key|seq|occurredAt} as UTF-8, so
 * that a test can write a record a consumer cannot read.
 */
public final class SampleEvents implements EventCodec<SampleHappened> {

	private SampleEvents() {
	}

	/** The sample module's event codecs. */
	public static ModuleEvents moduleEvents() {
		return ModuleEvents.of("sample", new SampleEvents());
	}

	@Override
	public Class<SampleHappened> eventType() {
		return SampleHappened.class;
	}

	@Override
	public byte[] encode(SampleHappened event) {
		return (event.eventId() + "|" + event.key() + "|" + event.seq() + "|" + event.occurredAt())
			.getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public SampleHappened decode(byte[] payload) {
		String[] parts = new String(payload, StandardCharsets.UTF_8).split("\\|");
		try {
			return new SampleHappened(UUID.fromString(parts[0]), parts[1], Integer.parseInt(parts[2]),
					Instant.parse(parts[3]));
		}
		catch (RuntimeException ex) {
			throw new UndecodableEventException("Not a SampleHappened", ex);
		}
	}

}
