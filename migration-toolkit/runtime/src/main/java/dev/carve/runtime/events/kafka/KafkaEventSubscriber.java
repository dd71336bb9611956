package dev.carve.runtime.events.kafka;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import dev.carve.kernel.DomainEvent;
import dev.carve.runtime.events.InProcessEventDispatcher;
import dev.carve.runtime.events.ModuleEventListeners;
import dev.carve.runtime.events.UndecodableEventException;
import dev.carve.runtime.gateway.ModuleDormantException;
import dev.carve.runtime.module.ModuleDefinition;
import dev.carve.runtime.module.RouteLookup;
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
 * A module's consumer runs only while the module is not dormant here
 * ({@link RouteLookup#runsHere}), checked every second: a dormant module commits no
 * offset for events it did not apply, so when it starts serving here it takes up every
 * event since it last consumed, and the inbox that moved with its tables drops those the
 * process that served it applied. A record that arrives in the instant a module turns
 * dormant fails with {@link ModuleDormantException} and is retried, not lost.
 */
public final class KafkaEventSubscriber implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(KafkaEventSubscriber.class);

	/** How often each module's route is read to start or stop its consumer. */
	static final Duration ROUTE_CHECK = Duration.ofSeconds(1);

	private final ConsumerFactory<String, byte[]> consumerFactory;

	private final String groupId;

	private final Properties consumerProperties;

	private final EventTopics topics;

	private final List<ModuleDefinition> inProcess;

	private final ModuleEventListeners listeners;

	private final InProcessEventDispatcher dispatcher;

	private final RouteLookup routes;

	private final CommonErrorHandler errorHandler;

	private final ThreadPoolTaskScheduler pauses;

	private final int concurrency;

	private final ApplicationContext applicationContext;

	private final Map<String, ConcurrentMessageListenerContainer<String, byte[]>> consumers = new ConcurrentHashMap<>();

	private volatile @Nullable ScheduledExecutorService routeChecks;

	KafkaEventSubscriber(ConsumerFactory<String, byte[]> consumerFactory, String groupId, Properties consumerProperties,
			EventTopics topics, List<ModuleDefinition> inProcess, ModuleEventListeners listeners,
			InProcessEventDispatcher dispatcher, RouteLookup routes, CommonErrorHandler errorHandler,
			ThreadPoolTaskScheduler pauses, int concurrency, ApplicationContext applicationContext) {
		this.consumerFactory = consumerFactory;
		this.groupId = groupId;
		this.consumerProperties = consumerProperties;
		this.topics = topics;
		this.inProcess = List.copyOf(inProcess);
		this.listeners = listeners;
		this.dispatcher = dispatcher;
		this.routes = routes;
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
		if (this.consumers.isEmpty()) {
			return;
		}
		this.pauses.initialize();
		checkRoutes();
		ScheduledExecutorService checks = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("carve-event-consumers").daemon().factory());
		checks.scheduleWithFixedDelay(this::checkRoutes, ROUTE_CHECK.toMillis(), ROUTE_CHECK.toMillis(),
				TimeUnit.MILLISECONDS);
		this.routeChecks = checks;
	}

	/**
	 * Starts the consumer of each module that runs here, stops that of each dormant one.
	 */
	private void checkRoutes() {
		this.consumers.forEach((module, consumer) -> {
			try {
				boolean runs = this.routes.runsHere(module);
				if (runs && !consumer.isRunning()) {
					consumer.start();
					logger.info(
							"Consuming " + topicsOf(module) + " for module " + module + " as group " + groupOf(module));
				}
				else if (!runs && consumer.isRunning()) {
					consumer.stop();
					logger.info("Stopped consuming for module " + module + ": it is dormant here");
				}
			}
			catch (RuntimeException ex) {
				logger.warn("Could not check the route of module " + module + " for its consumer: " + ex);
			}
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
		created.setAutoStartup(false);
		return created;
	}

	@Override
	public void stop() {
		ScheduledExecutorService checks = this.routeChecks;
		if (checks != null) {
			checks.shutdownNow();
			this.routeChecks = null;
		}
		this.consumers.values().forEach(ConcurrentMessageListenerContainer::stop);
		this.consumers.clear();
		this.pauses.shutdown();
	}

	@Override
	public boolean isRunning() {
		return this.routeChecks != null;
	}

	@Override
	public int getPhase() {
		// Start after the relay and stop before it, like the web server.
		return SmartLifecycle.DEFAULT_PHASE - 512;
	}

}
