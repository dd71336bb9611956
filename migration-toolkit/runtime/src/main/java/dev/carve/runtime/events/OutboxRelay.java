package dev.carve.runtime.events;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import dev.carve.kernel.DomainEvent;
import dev.carve.runtime.module.ModuleDefinition;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the events in the outboxes of this process's modules through every
 * {@link EventTransport}, then marks them sent.
 *
 * <p>
 * Safe with several instances on one database: rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}. Order per aggregate key is kept: a row is taken only
 * when no earlier row with its key is still unsent, so a failing event holds back the
 * events behind it on its key and no others. A failed delivery is retried with
 * exponential backoff.
 */
public class OutboxRelay implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(OutboxRelay.class);

	private final List<ModuleDefinition> modules;

	private final List<EventTransport> transports;

	private final EventSerializer serializer;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final EventsProperties.Relay settings;

	private final Semaphore wakeUp = new Semaphore(0);

	private volatile boolean running;

	private volatile Thread worker;

	OutboxRelay(List<ModuleDefinition> modules, List<EventTransport> transports, EventSerializer serializer,
			JdbcTemplate jdbc, PlatformTransactionManager transactionManager, EventsProperties.Relay settings) {
		this.modules = List.copyOf(modules);
		this.transports = List.copyOf(transports);
		this.serializer = serializer;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.settings = settings;
	}

	/** Asks the relay to look at the outboxes now rather than at its next poll. */
	public void wakeUp() {
		this.wakeUp.release();
	}

	/**
	 * Runs one round over every module's outbox.
	 * @return how many events were delivered and marked sent
	 */
	public int relayOnce() {
		int delivered = 0;
		for (ModuleDefinition module : this.modules) {
			Integer count = this.transactions.execute((status) -> relayBatch(module));
			delivered += (count != null) ? count : 0;
		}
		return delivered;
	}

	private int relayBatch(ModuleDefinition module) {
		String outbox = "\"" + module.schema() + "\".outbox";
		List<OutboxRecord> batch = this.jdbc.query(
				"SELECT o.id, o.event_id, o.event_type, o.aggregate_key,"
						+ " o.payload, o.occurred_at, o.attempts FROM " + outbox + " o"
						+ " WHERE o.sent_at IS NULL AND o.next_attempt_at <= now() AND NOT EXISTS (SELECT 1 FROM "
						+ outbox + " p WHERE p.aggregate_key = o.aggregate_key AND p.sent_at IS NULL AND p.id < o.id)"
						+ " ORDER BY o.id LIMIT ? FOR UPDATE OF o SKIP LOCKED",
				(rs, row) -> new OutboxRecord(rs.getLong(1), module.name(), rs.getObject(2, java.util.UUID.class),
						rs.getString(3), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(),
						rs.getInt(7)),
				this.settings.batchSize());
		int delivered = 0;
		for (OutboxRecord record : batch) {
			if (deliver(outbox, record)) {
				delivered++;
			}
		}
		return delivered;
	}

	private boolean deliver(String outbox, OutboxRecord record) {
		try {
			DomainEvent event = this.serializer.fromJson(record.eventType(), record.payload());
			for (EventTransport transport : this.transports) {
				transport.deliver(record, event);
			}
			this.jdbc.update("UPDATE " + outbox + " SET sent_at = now(), attempts = attempts + 1, last_error = NULL"
					+ " WHERE id = ?", record.id());
			return true;
		}
		catch (RuntimeException ex) {
			Duration backoff = backoff(record.attempts() + 1);
			logger.warn("Delivery of " + record.eventType() + " " + record.eventId() + " from the " + record.module()
					+ " outbox failed (attempt " + (record.attempts() + 1) + "), retrying in " + backoff, ex);
			this.jdbc.update(
					"UPDATE " + outbox + " SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?"
							+ " WHERE id = ?",
					String.valueOf(ex), Timestamp.from(Instant.now().plus(backoff)), record.id());
			return false;
		}
	}

	Duration backoff(int failures) {
		Duration wait = this.settings.initialBackoff().multipliedBy(1L << Math.min(failures - 1, 30));
		return (wait.compareTo(this.settings.maxBackoff()) > 0) ? this.settings.maxBackoff() : wait;
	}

	/**
	 * Deletes sent events older than the retention period.
	 * @return how many rows were deleted
	 */
	public int deleteSentBefore(Instant cutoff) {
		int deleted = 0;
		for (ModuleDefinition module : this.modules) {
			deleted += this.jdbc.update("DELETE FROM \"" + module.schema() + "\".outbox WHERE sent_at < ?",
					Timestamp.from(cutoff));
		}
		return deleted;
	}

	@Override
	public void start() {
		this.running = true;
		this.worker = Thread.ofPlatform().name("carve-outbox-relay").daemon().start(this::loop);
	}

	private void loop() {
		Instant nextCleanup = Instant.now();
		while (this.running) {
			try {
				if (Instant.now().isAfter(nextCleanup)) {
					deleteSentBefore(Instant.now().minus(this.settings.retention()));
					nextCleanup = Instant.now().plus(Duration.ofHours(1));
				}
				if (relayOnce() == 0) {
					this.wakeUp.tryAcquire(this.settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
					this.wakeUp.drainPermits();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				logger.warn("Outbox relay round failed; retrying", ex);
				sleepQuietly(this.settings.pollInterval());
			}
		}
	}

	private void sleepQuietly(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running = false;
		}
	}

	@Override
	public void stop() {
		this.running = false;
		Thread thread = this.worker;
		if (thread != null) {
			this.wakeUp.release();
			try {
				thread.join(Duration.ofSeconds(10));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		// Stop before the web server and data source go, start after them.
		return SmartLifecycle.DEFAULT_PHASE - 1024;
	}

}
