package dev.carve.runtime.events.kafka;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import dev.carve.kernel.DomainEvent;
import dev.carve.runtime.events.InProcessEventDispatcher;
import dev.carve.runtime.events.ModuleEventListeners;
import dev.carve.runtime.events.UndecodableEventException;
import dev.carve.runtime.module.ModuleDefinition;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Consumes the topics of the modules that do not run in this process, for the event types
 * some listener here takes, and hands each record to {@link InProcessEventDispatcher}:
 * the same listeners, the same inbox de-duplication as in-process delivery. Offsets are
 * committed after the records were handled, so a consumer that dies redelivers, and the
 * inbox makes the redelivery harmless. A record that fails is handled as
 * {@link RecordFailures} says; while it waits for a retry its partition is paused (by a
 * scheduler this subscriber owns), so the records behind it wait too.
 */
public final class KafkaEventSubscriber implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(KafkaEventSubscriber.class);

	private final ConsumerFactory<String, byte[]> consumerFactory;

	private final String groupId;

	private final Properties consumerProperties;

	private final EventTopics topics;

	private final List<ModuleDefinition> inProcess;

	private final ModuleEventListeners listeners;

	private final InProcessEventDispatcher dispatcher;

	private final CommonErrorHandler errorHandler;

	private final ThreadPoolTaskScheduler pauses;

	private final int concurrency;

	private final ApplicationContext applicationContext;

	private volatile @Nullable ConcurrentMessageListenerContainer<String, byte[]> container;

	KafkaEventSubscriber(ConsumerFactory<String, byte[]> consumerFactory, String groupId, Properties consumerProperties,
			EventTopics topics, List<ModuleDefinition> inProcess, ModuleEventListeners listeners,
			InProcessEventDispatcher dispatcher, CommonErrorHandler errorHandler, ThreadPoolTaskScheduler pauses,
			int concurrency, ApplicationContext applicationContext) {
		this.consumerFactory = consumerFactory;
		this.groupId = groupId;
		this.consumerProperties = consumerProperties;
		this.topics = topics;
		this.inProcess = List.copyOf(inProcess);
		this.listeners = listeners;
		this.dispatcher = dispatcher;
		this.errorHandler = errorHandler;
		this.pauses = pauses;
		this.concurrency = concurrency;
		this.applicationContext = applicationContext;
	}

	/**
	 * The topics this process consumes: events of remote modules that a listener here
	 * takes.
	 */
	public Set<String> subscribedTopics() {
		Set<String> local = this.inProcess.stream().map(ModuleDefinition::name).collect(Collectors.toSet());
		Set<String> subscribed = new LinkedHashSet<>();
		for (EventTopics.Route route : this.topics.routes()) {
			if (!local.contains(route.module()) && hasListener(route)) {
				subscribed.add(route.topic());
			}
		}
		return subscribed;
	}

	@SuppressWarnings("unchecked")
	private boolean hasListener(EventTopics.Route route) {
		return this.listeners.hasListenerFor((Class<? extends DomainEvent>) route.codec().eventType());
	}

	void onRecord(ConsumerRecord<String, byte[]> record) {
		EventTopics.Route route = this.topics.routeOf(record.topic())
			.orElseThrow(() -> new UndecodableEventException("No event type for topic " + record.topic(), null));
		if (record.value() == null) {
			throw new UndecodableEventException("Record without a value on " + record.topic(), null);
		}
		DomainEvent event = route.codec().decode(record.value());
		try {
			this.dispatcher.dispatch(event);
		}
		catch (VirtualMachineError ex) {
			throw ex;
		}
		catch (Error ex) {
			// An Error that escapes a listener stops Spring Kafka's consumer for good: it
			// fails this record instead, like any other exception.
			throw new IllegalStateException("Listener of " + event.getClass().getSimpleName() + " threw " + ex, ex);
		}
	}

	@Override
	public void start() {
		Set<String> subscribed = subscribedTopics();
		if (subscribed.isEmpty()) {
			return;
		}
		this.pauses.initialize();
		ConcurrentMessageListenerContainer<String, byte[]> created = container(subscribed);
		created.start();
		this.container = created;
		logger.info("Consuming " + subscribed + " as group " + this.groupId);
	}

	private ConcurrentMessageListenerContainer<String, byte[]> container(Set<String> topics) {
		ContainerProperties properties = new ContainerProperties(topics.toArray(String[]::new));
		properties.setGroupId(this.groupId);
		properties.setKafkaConsumerProperties(this.consumerProperties);
		// Continues the publisher's trace from the record's traceparent header.
		properties.setObservationEnabled(true);
		properties.setMessageListener((MessageListener<String, byte[]>) this::onRecord);
		ConcurrentMessageListenerContainer<String, byte[]> created = new ConcurrentMessageListenerContainer<>(
				this.consumerFactory, properties);
		created.setConcurrency(this.concurrency);
		created.setCommonErrorHandler(this.errorHandler);
		created.setApplicationContext(this.applicationContext);
		created.setBeanName("carveEventSubscriber");
		return created;
	}

	@Override
	public void stop() {
		ConcurrentMessageListenerContainer<String, byte[]> running = this.container;
		if (running != null) {
			running.stop();
			this.container = null;
		}
		this.pauses.shutdown();
	}

	@Override
	public boolean isRunning() {
		return this.container != null;
	}

	@Override
	public int getPhase() {
		// Start after the relay and stop before it, like the web server.
		return SmartLifecycle.DEFAULT_PHASE - 512;
	}

}
