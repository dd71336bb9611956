package dev.carve.runtime.events.kafka;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import dev.carve.api.DomainEvent;
import dev.carve.runtime.events.InProcessEventDispatcher;
import dev.carve.runtime.events.ModuleEventListeners;
import dev.carve.runtime.events.UndecodableEventException;
import dev.carve.runtime.module.ModuleDefinition;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Consumes, for each module that runs in this process, the topics of the modules that do
 * not run here whose events a listener of that module takes, as consumer group
 * {@code <group>.<module>}, and hands each record to {@link InProcessEventDispatcher} for
 * that module's listeners: the same listeners, the same inbox de-duplication as
 * in-process delivery. Offsets are committed after the records were handled, so a
 * consumer that dies redelivers, and the inbox makes the redelivery harmless. A record
 * that fails is handled as {@link RecordFailures} says; while it waits for a retry its
 * partition is paused (by a scheduler this subscriber owns), so the records behind it
 * wait too.
 * <p>
 * A module that is dormant here still consumes, so that its offsets follow the process
 * that serves it: a record whose event the module's inbox shows applied (by that process,
 * its inbox rows brought here by {@code carve move}) is committed; any other waits,
 * retried like a transient failure, until the inbox shows it or the module serves here
 * and applies it ({@link InProcessEventDispatcher#dispatch(DomainEvent, String)}). So an
 * event in flight at a cutover is applied once, by one side, and the side that takes over
 * starts from where the other stopped.
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

	private final Map<String, ConcurrentMessageListenerContainer<String, byte[]>> consumers = new ConcurrentHashMap<>();

	private volatile boolean running;

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
		Set<String> subscribed = new LinkedHashSet<>();
		this.inProcess.forEach((module) -> subscribed.addAll(topicsOf(module.name())));
		return subscribed;
	}

	/** The topics a module's consumer takes: events of remote modules it listens to. */
	Set<String> topicsOf(String module) {
		Set<String> local = this.inProcess.stream().map(ModuleDefinition::name).collect(Collectors.toSet());
		Set<String> subscribed = new LinkedHashSet<>();
		for (EventTopics.Route route : this.topics.routes()) {
			if (!local.contains(route.module()) && hasListener(route, module)) {
				subscribed.add(route.topic());
			}
		}
		return subscribed;
	}

	/** The consumer group of a module's consumer. */
	String groupOf(String module) {
		return this.groupId + "." + module;
	}

	@SuppressWarnings("unchecked")
	private boolean hasListener(EventTopics.Route route, String module) {
		return this.listeners.hasListenerFor((Class<? extends DomainEvent>) route.codec().eventType(), module);
	}

	void onRecord(ConsumerRecord<String, byte[]> record, String module) {
		EventTopics.Route route = this.topics.routeOf(record.topic())
			.orElseThrow(() -> new UndecodableEventException("No event type for topic " + record.topic(), null));
		if (record.value() == null) {
			throw new UndecodableEventException("Record without a value on " + record.topic(), null);
		}
		DomainEvent event = route.codec().decode(record.value());
		try {
			this.dispatcher.dispatch(event, module);
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
		for (ModuleDefinition module : this.inProcess) {
			Set<String> subscribed = topicsOf(module.name());
			if (!subscribed.isEmpty()) {
				this.consumers.put(module.name(), consumer(module.name(), subscribed));
			}
		}
		this.running = true;
		if (this.consumers.isEmpty()) {
			return;
		}
		this.pauses.initialize();
		this.consumers.forEach((module, consumer) -> {
			consumer.start();
			logger.info("Consuming " + topicsOf(module) + " for module " + module + " as group " + groupOf(module));
		});
	}

	private ConcurrentMessageListenerContainer<String, byte[]> consumer(String module, Set<String> topics) {
		ContainerProperties properties = new ContainerProperties(topics.toArray(String[]::new));
		properties.setGroupId(groupOf(module));
		properties.setKafkaConsumerProperties(this.consumerProperties);
		// Continues the publisher's trace from the record's traceparent header.
		properties.setObservationEnabled(true);
		properties.setMessageListener((MessageListener<String, byte[]>) (record) -> onRecord(record, module));
		ConcurrentMessageListenerContainer<String, byte[]> created = new ConcurrentMessageListenerContainer<>(
				this.consumerFactory, properties);
		created.setConcurrency(this.concurrency);
		created.setCommonErrorHandler(this.errorHandler);
		created.setApplicationContext(this.applicationContext);
		created.setBeanName("carveEventSubscriber-" + module);
		return created;
	}

	@Override
	public void stop() {
		this.consumers.values().forEach(ConcurrentMessageListenerContainer::stop);
		this.consumers.clear();
		this.pauses.shutdown();
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		// Start after the relay and stop before it, like the web server.
		return SmartLifecycle.DEFAULT_PHASE - 512;
	}

}
