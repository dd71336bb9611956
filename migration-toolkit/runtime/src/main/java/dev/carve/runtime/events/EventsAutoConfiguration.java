package dev.carve.runtime.events;

import java.util.List;

import dev.carve.runtime.module.ModuleDefinition;
import dev.carve.runtime.module.RouteLookup;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.tracing.Tracer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Events between modules: every in-process module's outbox, the listeners of this
 * process, and the relay between them. Active when at least one module runs in this
 * process.
 */
@AutoConfiguration(after = { JdbcTemplateAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class },
		afterName = { "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
				"org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration",
				"org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnBean(JdbcTemplate.class)
@EnableConfigurationProperties(EventsProperties.class)
public final class EventsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	EventSerializer carveEventSerializer(JsonMapper jsonMapper) {
		return new EventSerializer(jsonMapper);
	}

	@Bean
	@ConditionalOnMissingBean
	ModuleEventListeners carveModuleEventListeners(ConfigurableListableBeanFactory beanFactory,
			ObjectProvider<ModuleDefinition> modules) {
		return new ModuleEventListeners(beanFactory, modules.orderedStream().toList());
	}

	@Bean
	@ConditionalOnMissingBean
	InProcessEventDispatcher carveInProcessEventDispatcher(ModuleEventListeners listeners, JdbcTemplate jdbc,
			PlatformTransactionManager transactionManager, ObjectProvider<RouteLookup> routes) {
		return new InProcessEventDispatcher(listeners, jdbc, transactionManager,
				routes.getIfAvailable(RouteLookup::alwaysServing));
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "carve.events.relay.enabled", matchIfMissing = true)
	OutboxRelay carveOutboxRelay(ObjectProvider<ModuleDefinition> modules, List<EventTransport> transports,
			EventSerializer serializer, JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
			EventsProperties properties, ObjectProvider<MeterRegistry> meterRegistry,
			ObjectProvider<RouteLookup> routes) {
		List<OutboxTable> outboxes = outboxes(modules, jdbc);
		OutboxMetrics metrics = new OutboxMetrics(meterRegistry.getIfAvailable(() -> Metrics.globalRegistry), outboxes);
		return new OutboxRelay(outboxes, transports, serializer, transactionManager, properties.relay(), metrics,
				routes.getIfAvailable(RouteLookup::alwaysServing));
	}

	private static List<OutboxTable> outboxes(ObjectProvider<ModuleDefinition> modules, JdbcTemplate jdbc) {
		return modules.orderedStream().map((module) -> new OutboxTable(jdbc, module)).toList();
	}

	@Bean
	@ConditionalOnMissingBean
	ParkedEvents carveParkedEvents(ObjectProvider<ModuleDefinition> modules, JdbcTemplate jdbc) {
		return new ParkedEvents(outboxes(modules, jdbc));
	}

	@Bean
	@ConditionalOnMissingBean
	OutboxDepths carveOutboxDepths(ObjectProvider<ModuleDefinition> modules, JdbcTemplate jdbc) {
		return new OutboxDepths(outboxes(modules, jdbc));
	}

	@Bean
	@ConditionalOnMissingBean
	EventOutbox carveEventOutbox(JdbcTemplate jdbc, ObjectProvider<ModuleDefinition> modules,
			EventSerializer serializer, ObjectProvider<TraceParents> traceParents, ObjectProvider<OutboxRelay> relay) {
		return new JdbcEventOutbox(jdbc, modules.orderedStream().toList(), serializer,
				traceParents.getIfAvailable(() -> TraceParents.NONE), () -> relay.ifAvailable(OutboxRelay::wakeUp));
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ Endpoint.class, AbstractHealthIndicator.class })
	static class Operations {

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnAvailableEndpoint
		OutboxEndpoint carveOutboxEndpoint(ParkedEvents parked) {
			return new OutboxEndpoint(parked);
		}

		@Bean
		@ConditionalOnBean(OutboxRelay.class)
		@ConditionalOnMissingBean(name = "outboxRelayHealthIndicator")
		OutboxRelayHealthIndicator outboxRelayHealthIndicator(OutboxRelay relay) {
			return new OutboxRelayHealthIndicator(relay);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(Tracer.class)
	@ConditionalOnBean(Tracer.class)
	static class Tracing {

		@Bean
		@ConditionalOnMissingBean
		TraceParents carveTraceParents(Tracer tracer) {
			return new MicrometerTraceParents(tracer);
		}

	}

}
