package dev.carve.runtime.events;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import dev.carve.api.DomainEvent;
import dev.carve.runtime.gateway.ModuleDormantException;
import dev.carve.runtime.module.RouteLookup;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands an event to every listener of this process that takes it, each in its own
 * transaction that also records the event in the listener's module inbox. A listener that
 * already processed the event is skipped, so delivering the same event twice has one
 * effect. Used for events from this process's outboxes and, when modules run apart, for
 * events received from a broker (one module's listeners at a time, by that module's
 * consumer). For events from the outboxes, the listeners of a module that is dormant here
 * are skipped: the process that serves the module receives the event from the broker and
 * applies it.
 */
public class InProcessEventDispatcher implements EventTransport {

	private final ModuleEventListeners listeners;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final RouteLookup routes;

	InProcessEventDispatcher(ModuleEventListeners listeners, JdbcTemplate jdbc,
			PlatformTransactionManager transactionManager, RouteLookup routes) {
		this.listeners = listeners;
		this.routes = routes;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public CompletableFuture<?> deliver(OutboxRecord record, DomainEvent event) {
		try {
			dispatch(event);
			return CompletableFuture.completedFuture(null);
		}
		catch (Throwable ex) {
			// An Error thrown by a listener fails this event, not the relay.
			return CompletableFuture.failedFuture(ex);
		}
	}

	/**
	 * Delivers an event to every listener that takes it and has not processed it yet.
	 * @param event the event
	 * @throws RuntimeException the first listener failure; listeners before it keep their
	 * effect, and a later delivery skips them
	 */
	public void dispatch(DomainEvent event) {
		for (RegisteredListener listener : this.listeners.listenersFor(event)) {
			if (this.routes.runsHere(listener.module().name())) {
				deliver(listener, event);
			}
		}
	}

	/**
	 * Delivers an event to the listeners of one module that take it and have not
	 * processed it yet: what a module's own consumer of a broker does. While the module
	 * is dormant here, nothing is applied: the event counts as delivered once the
	 * module's inbox shows every one of these listeners processed it (in the process that
	 * serves the module, whose inbox rows a move brings here); until then it is refused,
	 * to be retried.
	 * @param event the event
	 * @param module the module whose listeners take it
	 * @throws ModuleDormantException when the module is dormant here and its inbox does
	 * not show the event processed yet
	 * @throws RuntimeException the first listener failure, as for {@link #dispatch}
	 */
	public void dispatch(DomainEvent event, String module) {
		List<RegisteredListener> listeners = this.listeners.listenersFor(event)
			.stream()
			.filter((listener) -> listener.module().name().equals(module))
			.toList();
		if (!this.routes.runsHere(module)) {
			if (listeners.stream().allMatch((listener) -> processed(listener, event.eventId()))) {
				return;
			}
			throw new ModuleDormantException(module);
		}
		listeners.forEach((listener) -> deliver(listener, event));
	}

	private boolean processed(RegisteredListener listener, UUID eventId) {
		Boolean found = this.jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM \"" + listener.module().schema()
				+ "\".inbox WHERE event_id = ? AND listener = ?)", Boolean.class, eventId, listener.id());
		return Boolean.TRUE.equals(found);
	}

	private void deliver(RegisteredListener listener, DomainEvent event) {
		this.transactions.executeWithoutResult((status) -> {
			if (recordInInbox(listener, event.eventId())) {
				listener.invoke(event);
			}
		});
	}

	private boolean recordInInbox(RegisteredListener listener, UUID eventId) {
		int inserted = this.jdbc.update("INSERT INTO \"" + listener.module().schema() + "\".inbox (event_id, listener)"
				+ " VALUES (?, ?) ON CONFLICT DO NOTHING", eventId, listener.id());
		return inserted == 1;
	}

}
