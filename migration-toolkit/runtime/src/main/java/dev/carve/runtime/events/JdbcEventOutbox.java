package dev.carve.runtime.events;

import java.sql.Timestamp;
import java.util.List;

import dev.carve.api.DomainEvent;
import dev.carve.runtime.module.ModuleDefinition;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Writes events to the outbox table of the module that declares them. */
class JdbcEventOutbox implements EventOutbox {

	private final JdbcTemplate jdbc;

	private final List<ModuleDefinition> modules;

	private final EventSerializer serializer;

	private final TraceParents traceParents;

	private final Runnable afterCommit;

	JdbcEventOutbox(JdbcTemplate jdbc, List<ModuleDefinition> modules, EventSerializer serializer,
			TraceParents traceParents, Runnable afterCommit) {
		this.jdbc = jdbc;
		this.modules = List.copyOf(modules);
		this.serializer = serializer;
		this.traceParents = traceParents;
		this.afterCommit = afterCommit;
	}

	@Override
	public void publish(DomainEvent event) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException(
					"Events are published inside the transaction that changes state: no transaction for "
							+ event.getClass().getSimpleName());
		}
		ModuleDefinition owner = ownerOf(event);
		this.jdbc.update(
				"INSERT INTO \"" + owner.schema() + "\".outbox"
						+ " (event_id, event_type, aggregate_key, payload, occurred_at, trace_parent)"
						+ " VALUES (?, ?, ?, ?, ?, ?)",
				event.eventId(), event.getClass().getName(), event.aggregateKey(), this.serializer.toJson(event),
				Timestamp.from(event.occurredAt()), this.traceParents.get());
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				JdbcEventOutbox.this.afterCommit.run();
			}
		});
	}

	private ModuleDefinition ownerOf(DomainEvent event) {
		return this.modules.stream()
			.filter((module) -> module.owns(event.getClass()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No module running in this process declares "
					+ event.getClass().getName() + "; events go through their own module's outbox"));
	}

}
