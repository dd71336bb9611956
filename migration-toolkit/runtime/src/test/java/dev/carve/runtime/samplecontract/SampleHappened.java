package dev.carve.runtime.samplecontract;

import java.time.Instant;
import java.util.UUID;

import dev.carve.api.DomainEvent;

/** The event of the sample module used to test the runtime. */
public record SampleHappened(UUID eventId, String key, int seq, Instant occurredAt) implements DomainEvent {

	public static SampleHappened of(String key, int seq) {
		return new SampleHappened(UUID.randomUUID(), key, seq, Instant.now());
	}

	@Override
	public String aggregateKey() {
		return this.key;
	}

}
