package dev.carve.runtime.events;

import java.util.List;
import java.util.Objects;

import dev.carve.api.DomainEvent;

/**
 * The events one module publishes, each with its {@link EventCodec}. Declared as a bean
 * by the module's adapters, in every process that publishes or consumes them; a broker
 * transport sends each to topic {@code carve.<module>.<EventSimpleName>}.
 *
 * @param module the publishing module's name
 * @param codecs one codec per event type
 */
public record ModuleEvents(String module, List<EventCodec<?>> codecs) {

	public ModuleEvents {
		Objects.requireNonNull(module, "module");
		codecs = List.copyOf(codecs);
	}

	/** The events a module publishes. */
	public static ModuleEvents of(String module, EventCodec<?>... codecs) {
		return new ModuleEvents(module, List.of(codecs));
	}

	/**
	 * The codec of one of this module's event types.
	 * @throws IllegalArgumentException when the module publishes no such event
	 */
	@SuppressWarnings("unchecked")
	public <E extends DomainEvent> EventCodec<E> codec(Class<E> eventType) {
		return (EventCodec<E>) this.codecs.stream()
			.filter((codec) -> codec.eventType() == eventType)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"Module " + this.module + " publishes no " + eventType.getSimpleName()));
	}

	/** The topic that carries one of this module's event types. */
	public String topic(Class<? extends DomainEvent> eventType) {
		return "carve." + this.module + "." + eventType.getSimpleName();
	}

}
