package dev.carve.runtime.events.kafka;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import dev.carve.runtime.events.EventsAutoConfiguration;
import dev.carve.runtime.events.InProcessEventDispatcher;
import dev.carve.runtime.events.ModuleEventListeners;
import dev.carve.runtime.events.ModuleEvents;
import dev.carve.runtime.module.ModuleDefinition;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.BackOffHandler;
import org.springframework.kafka.listener.ContainerPausingBackOffHandler;
import org.springframework.kafka.listener.ListenerContainerPauseService;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Events over Kafka, on with {@code carve.events.kafka.enabled=true}: the relay's
 * {@link KafkaEventTransport}, the {@link KafkaEventSubscriber} for the modules that run
 * elsewhere, and the topics both use (created when missing). Uses Spring Boot's Kafka
 * producer and consumer factories, so {@code spring.kafka.*} and Boot's Kafka metrics
 * (consumer lag included) apply.
 */
@AutoConfiguration(after = { KafkaAutoConfiguration.class, EventsAutoConfiguration.class })
@ConditionalOnClass(KafkaTemplate.class)
@ConditionalOnBooleanProperty("carve.events.kafka.enabled")
@ConditionalOnBean(InProcessEventDispatcher.class)
@EnableConfigurationProperties(KafkaEventsProperties.class)
public final class KafkaEventsAutoConfiguration {

	@Bean
	EventTopics carveEventTopics(ObjectProvider<ModuleEvents> modules) {
		return new EventTopics(modules.orderedStream().toList());
	}

	@Bean
	KafkaTemplate<String, byte[]> carveEventsKafkaTemplate(ProducerFactory<?, ?> producerFactory,
			KafkaEventsProperties properties) {
		long sendTimeout = properties.producer().sendTimeout().toMillis();
		Map<String, Object> overrides = new HashMap<>();
		overrides.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		overrides.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
		overrides.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		overrides.put(ProducerConfig.ACKS_CONFIG, "all");
		overrides.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
		// A wave is sent as one batch anyway; waiting for more records only delays the
		// ack.
		overrides.put(ProducerConfig.LINGER_MS_CONFIG, 0);
		overrides.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.max(1000, sendTimeout / 2));
		overrides.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Math.max(sendTimeout, 1000 + sendTimeout / 2));
		overrides.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, sendTimeout);
		@SuppressWarnings("unchecked")
		ProducerFactory<String, byte[]> events = (ProducerFactory<String, byte[]>) producerFactory
			.copyWithConfigurationOverride(overrides);
		KafkaCodecs.requireAvailable(events.getConfigurationProperties(),
				KafkaEventsAutoConfiguration.class.getClassLoader());
		return new KafkaTemplate<>(events);
	}

	@Bean
	KafkaProducerWarmUp carveKafkaProducerWarmUp(KafkaTemplate<String, byte[]> carveEventsKafkaTemplate,
			EventTopics topics, ObjectProvider<ModuleDefinition> modules) {
		Set<String> local = modules.orderedStream().map(ModuleDefinition::name).collect(Collectors.toSet());
		return new KafkaProducerWarmUp(carveEventsKafkaTemplate, topics.topicsOf(local));
	}

	@Bean
	KafkaEventTransport carveKafkaEventTransport(KafkaTemplate<String, byte[]> carveEventsKafkaTemplate,
			EventTopics topics) {
		return new KafkaEventTransport(carveEventsKafkaTemplate, topics);
	}

	@Bean
	KafkaEventSubscriber carveKafkaEventSubscriber(ConsumerFactory<?, ?> consumerFactory, EventTopics topics,
			ObjectProvider<ModuleDefinition> modules, ModuleEventListeners listeners,
			InProcessEventDispatcher dispatcher, KafkaTemplate<String, byte[]> carveEventsKafkaTemplate,
			KafkaEventsProperties properties, Environment environment, ApplicationContext applicationContext,
			ObjectProvider<MeterRegistry> meterRegistry) {
		KafkaEventsProperties.Consumer consumer = properties.consumer();
		Properties overrides = new Properties();
		overrides.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
		overrides.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		overrides.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		@SuppressWarnings("unchecked")
		ConsumerFactory<String, byte[]> events = (ConsumerFactory<String, byte[]>) consumerFactory;
		ThreadPoolTaskScheduler pauses = new ThreadPoolTaskScheduler();
		pauses.setThreadNamePrefix("carve-event-pauses-");
		BackOffHandler backOffs = new ContainerPausingBackOffHandler(new ListenerContainerPauseService(null, pauses));
		return new KafkaEventSubscriber(events, groupId(consumer, environment), overrides, topics,
				modules.orderedStream().toList(), listeners, dispatcher,
				RecordFailures.errorHandler(carveEventsKafkaTemplate, consumer, backOffs,
						meterRegistry.getIfAvailable(() -> Metrics.globalRegistry)),
				pauses, consumer.concurrency(), applicationContext);
	}

	private static String groupId(KafkaEventsProperties.Consumer consumer, Environment environment) {
		return Optional.ofNullable(consumer.groupId())
			.or(() -> Optional.ofNullable(environment.getProperty("spring.application.name")))
			.orElse("carve");
	}

	/**
	 * The topics of every event type this process knows, with a dead-letter topic for
	 * those of modules that run elsewhere.
	 */
	@Bean
	KafkaAdmin.NewTopics carveEventTopicDeclarations(EventTopics topics, ObjectProvider<ModuleDefinition> modules,
			KafkaEventsProperties properties) {
		Set<String> local = modules.orderedStream().map(ModuleDefinition::name).collect(Collectors.toSet());
		KafkaEventsProperties.Topics settings = properties.topics();
		List<NewTopic> declared = new ArrayList<>();
		for (EventTopics.Route route : topics.routes()) {
			declared.add(newTopic(route.topic(), settings));
			if (!local.contains(route.module())) {
				declared.add(newTopic(route.deadLetterTopic(), settings));
			}
		}
		return new KafkaAdmin.NewTopics(declared.toArray(NewTopic[]::new));
	}

	/**
	 * A topic as the producer writes it, uncompressed by default, whatever the broker's
	 * default compression: the deployables carry no native codecs ({@link KafkaCodecs}).
	 */
	private static NewTopic newTopic(String name, KafkaEventsProperties.Topics settings) {
		return new NewTopic(name, Optional.of(settings.partitions()),
				(settings.replicationFactor() > 0) ? Optional.of(settings.replicationFactor()) : Optional.empty())
			.configs(Map.of(TopicConfig.COMPRESSION_TYPE_CONFIG, "producer"));
	}

}
