package dev.carve.adapters.testkit;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import com.google.protobuf.Timestamp;
import dev.carve.api.DomainEvent;
import dev.carve.runtime.events.EventCodec;
import dev.carve.runtime.events.ModuleEvents;
import dev.carve.runtime.events.UndecodableEventException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What holds for the event codecs of every module: each event survives the trip whole,
 * bytes that are no message and an empty message are refused (the latter naming the event
 * and its missing {@code event_id}), each event has its own topic,
 * {@code carve.<module>.<Event>}, and the module declares exactly the events it has
 * samples of. A module's test extends it with one sample per event and asserts, per
 * event, that its bytes are the contract's message field by field.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class EventCodecsSuite {

	/** When the samples occurred: nanoseconds that a coarser clock would lose. */
	protected static final Instant OCCURRED_AT = Instant.parse("2026-03-14T09:26:53.589793238Z");

	private final ModuleEvents events;

	private final String module;

	/**
	 * The suite of a module.
	 * @param events the module's event codecs
	 * @param module the module's name, which they must declare
	 */
	protected EventCodecsSuite(ModuleEvents events, String module) {
		this.events = events;
		this.module = module;
	}

	/**
	 * One event of each type the module publishes, every one {@link #OCCURRED_AT}.
	 * @return the samples
	 */
	protected abstract List<DomainEvent> samples();

	/**
	 * Encodes an event with the module's codec and checks that the bytes decode to an
	 * equal event.
	 * @param event the event
	 * @return its bytes, to be parsed as the contract's message
	 */
	protected final byte[] encodedWhole(DomainEvent event) {
		byte[] bytes = encode(event);
		assertThat(codec(event.getClass()).decode(bytes)).isEqualTo(event);
		return bytes;
	}

	/**
	 * Asserts that a message's timestamp is {@link #OCCURRED_AT}, to the nanosecond.
	 * @param timestamp the message's
	 */
	protected static void assertOccurredAt(Timestamp timestamp) {
		assertThat(timestamp.getSeconds()).isEqualTo(OCCURRED_AT.getEpochSecond());
		assertThat(timestamp.getNanos()).isEqualTo(OCCURRED_AT.getNano());
	}

	/** The codec of an event type. */
	protected final EventCodec<? extends DomainEvent> codec(Class<? extends DomainEvent> type) {
		return this.events.codec(type);
	}

	@ParameterizedTest
	@MethodSource("samples")
	void everyEventSurvivesTheTripWhole(DomainEvent sample) {
		encodedWhole(sample);
	}

	@ParameterizedTest
	@MethodSource("types")
	void bytesThatAreNoMessageAreRefused(Class<? extends DomainEvent> type) {
		assertThatExceptionOfType(UndecodableEventException.class)
			.isThrownBy(() -> codec(type).decode(new byte[] { 1, 2, 3, 4, 5 }));
	}

	@ParameterizedTest
	@MethodSource("types")
	void anEmptyMessageIsRefusedNamingTheMissingField(Class<? extends DomainEvent> type) {
		assertThatExceptionOfType(UndecodableEventException.class).isThrownBy(() -> codec(type).decode(new byte[0]))
			.withMessageContaining(type.getSimpleName())
			.withMessageContaining("event_id is missing");
	}

	@ParameterizedTest
	@MethodSource("types")
	void eachEventHasItsOwnTopic(Class<? extends DomainEvent> type) {
		assertThat(this.events.topic(type)).isEqualTo("carve." + this.module + "." + type.getSimpleName());
	}

	@Test
	void theModuleDeclaresExactlyTheEventsItPublishes() {
		assertThat(this.events.module()).isEqualTo(this.module);
		assertThat(this.events.codecs()).<Class<?>>extracting(EventCodec::eventType)
			.containsExactlyInAnyOrderElementsOf(types().toList());
	}

	/**
	 * The event types the module publishes, as its samples give them.
	 * @return each type once
	 */
	protected Stream<Class<? extends DomainEvent>> types() {
		return samples().stream().<Class<? extends DomainEvent>>map(DomainEvent::getClass).distinct();
	}

	@SuppressWarnings("unchecked")
	private <E extends DomainEvent> byte[] encode(E event) {
		return this.events.codec((Class<E>) event.getClass()).encode(event);
	}

}
