package dev.carve.runtime.events.kafka;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.carve.api.DomainEvent;
import dev.carve.runtime.events.EventCodec;
import dev.carve.runtime.events.ModuleEvents;

/**
 * Every event type this process knows a codec for, with its topic. Built from the
 * {@link ModuleEvents} beans the modules' adapters declare.
 */
public final class EventTopics {

	private final Map<Class<?>, Route> byType = new LinkedHashMap<>();

	private final Map<String, Route> byTopic = new LinkedHashMap<>();

	public EventTopics(List<ModuleEvents> modules) {
		for (ModuleEvents module : modules) {
			for (EventCodec<?> codec : module.codecs()) {
				Route route = new Route(module.module(), module.topic(codec.eventType()), codec);
				Route previous = this.byType.putIfAbsent(codec.eventType(), route);
				if (previous != null) {
					throw new IllegalStateException(codec.eventType().getName() + " has codecs from modules "
							+ previous.module() + " and " + module.module());
				}
				this.byTopic.put(route.topic(), route);
			}
		}
	}

	/** Where events of a type go and how they are encoded, if this process knows. */
	public Optional<Route> routeOf(Class<? extends DomainEvent> eventType) {
		return Optional.ofNullable(this.byType.get(eventType));
	}

	/** The event type a topic carries, if this process knows it. */
	public Optional<Route> routeOf(String topic) {
		return Optional.ofNullable(this.byTopic.get(topic));
	}

	/** Every known route. */
	public List<Route> routes() {
		return List.copyOf(this.byType.values());
	}

	/** The topics of the given modules' events. */
	public Set<String> topicsOf(Set<String> modules) {
		Set<String> topics = new LinkedHashSet<>();
		this.byType.values()
			.stream()
			.filter((route) -> modules.contains(route.module()))
			.forEach((route) -> topics.add(route.topic()));
		return topics;
	}

	/**
	 * One event type on the wire.
	 *
	 * @param module the publishing module
	 * @param topic the topic that carries it
	 * @param codec its codec
	 */
	public record Route(String module, String topic, EventCodec<?> codec) {

		/** The event as bytes; the event must be of this route's type. */
		@SuppressWarnings("unchecked")
		byte[] encode(DomainEvent event) {
			return ((EventCodec<DomainEvent>) this.codec).encode(event);
		}

		/** The dead-letter topic of this route's topic. */
		String deadLetterTopic() {
			return this.topic + ".dlt";
		}

	}

}
