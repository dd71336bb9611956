package dev.carve.runtime.route;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import dev.carve.runtime.events.EventCodec;
import dev.carve.runtime.events.ModuleEventListeners;
import dev.carve.runtime.events.ModuleEvents;
import dev.carve.runtime.events.OutboxDepths;
import dev.carve.runtime.gateway.GatewayDefinition;
import dev.carve.runtime.module.ModuleDefinition;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.util.ClassUtils;

/**
 * What the module map ({@code /actuator/modules}) shows of a module besides its route,
 * from what this process declares: its schema, the events it publishes (their topics when
 * events go over Kafka), the events its listeners take and whose they are, the gateways
 * it provides, the modules whose gateways its beans are given, and its outbox depth (read
 * from the database on each call). Nothing is declared per module: a module known only
 * from its gateway or events (one that runs elsewhere) shows what those declare.
 */
public final class ModuleFacts {

	private final ConfigurableListableBeanFactory beans;

	private final List<ModuleDefinition> modules;

	private final List<ModuleEvents> events;

	private final List<GatewayDefinition<?>> gateways;

	private final @Nullable ModuleEventListeners listeners;

	private final @Nullable OutboxDepths outboxes;

	private final boolean kafka;

	/**
	 * @param beans the application's beans, to find who is given which gateway
	 * @param modules the modules that run in this process
	 * @param events every module's events this process knows
	 * @param gateways every gateway declared on the class path
	 * @param listeners the listeners of this process, if events are on
	 * @param outboxes the outboxes of this process, if events are on
	 * @param kafka whether events go over Kafka, so that each has a topic
	 */
	public ModuleFacts(ConfigurableListableBeanFactory beans, List<ModuleDefinition> modules, List<ModuleEvents> events,
			List<GatewayDefinition<?>> gateways, @Nullable ModuleEventListeners listeners,
			@Nullable OutboxDepths outboxes, boolean kafka) {
		this.beans = beans;
		this.modules = List.copyOf(modules);
		this.events = List.copyOf(events);
		this.gateways = List.copyOf(gateways);
		this.listeners = listeners;
		this.outboxes = outboxes;
		this.kafka = kafka;
	}

	/**
	 * The facts of one module.
	 * @param module a module's name
	 * @return what this process knows of it; schema, consumed events, calls and outbox
	 * depth only when it runs here
	 */
	public Facts of(String module) {
		Optional<ModuleDefinition> here = this.modules.stream()
			.filter((definition) -> definition.name().equals(module))
			.findFirst();
		List<Published> publishes = this.events.stream()
			.filter((declared) -> declared.module().equals(module))
			.flatMap((declared) -> declared.codecs()
				.stream()
				.map(EventCodec::eventType)
				.map((type) -> new Published(type.getSimpleName(), this.kafka ? declared.topic(type) : null)))
			.distinct()
			.toList();
		List<String> provided = this.gateways.stream()
			.filter((gateway) -> gateway.module().equals(module))
			.map((gateway) -> gateway.contract().getSimpleName())
			.toList();
		if (here.isEmpty()) {
			return new Facts(null, publishes, List.of(), provided, List.of(), null);
		}
		List<Consumed> consumes = (this.listeners != null) ? this.listeners.eventTypesOf(module)
			.stream()
			.map((type) -> new Consumed(type.getSimpleName(), publisherOf(type)))
			.toList() : List.of();
		OptionalLong depth = (this.outboxes != null) ? this.outboxes.depth(module) : OptionalLong.empty();
		return new Facts(here.get().schema(), publishes, consumes, provided, calls(here.get()),
				depth.isPresent() ? depth.getAsLong() : null);
	}

	private @Nullable String publisherOf(Class<?> eventType) {
		return this.events.stream()
			.filter((declared) -> declared.codecs().stream().anyMatch((codec) -> codec.eventType() == eventType))
			.map(ModuleEvents::module)
			.findFirst()
			.orElse(null);
	}

	/** The other modules whose gateway a bean of this module was given. */
	private List<String> calls(ModuleDefinition module) {
		return this.gateways.stream()
			.filter((gateway) -> !gateway.module().equals(module.name()))
			.filter((gateway) -> given(gateway.contract(), module))
			.map(GatewayDefinition::module)
			.distinct()
			.toList();
	}

	private boolean given(Class<?> contract, ModuleDefinition module) {
		for (String gateway : this.beans.getBeanNamesForType(contract, true, false)) {
			for (String dependent : this.beans.getDependentBeans(gateway)) {
				Class<?> type = this.beans.getType(dependent, false);
				if (type != null && module.contains(ClassUtils.getUserClass(type))) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * What this process knows of a module.
	 *
	 * @param schema its database schema, when it runs here
	 * @param publishes the events it publishes
	 * @param consumes the events its listeners here take
	 * @param gateways the simple names of the gateway contracts it provides
	 * @param calls the modules whose gateways its beans here are given
	 * @param outboxDepth the events waiting in its outbox here, when it has one here
	 */
	public record Facts(@Nullable String schema, List<Published> publishes, List<Consumed> consumes,
			List<String> gateways, List<String> calls, @Nullable Long outboxDepth) {
	}

	/**
	 * An event a module publishes.
	 *
	 * @param event the event type's simple name
	 * @param topic the Kafka topic that carries it, when events go over Kafka here
	 */
	public record Published(String event, @Nullable String topic) {
	}

	/**
	 * An event a module's listeners take.
	 *
	 * @param event the event type's simple name
	 * @param from the module that publishes it, when this process knows it
	 */
	public record Consumed(String event, @Nullable String from) {
	}

}
