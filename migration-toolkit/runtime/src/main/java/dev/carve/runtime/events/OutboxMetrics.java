package dev.carve.runtime.events;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import org.jspecify.annotations.Nullable;

/**
 * The relay's meters, tagged with the module whose outbox they describe:
 * {@code carve.outbox.depth} (events waiting), {@code carve.outbox.oldest.unsent.age}
 * (how long the oldest waiting event has waited, zero when none waits),
 * {@code carve.outbox.published} (events delivered and marked sent; its rate is the
 * publish rate), {@code carve.outbox.delivery.failures} (tagged {@code reason}
 * {@code unavailable} or {@code failed}) and {@code carve.outbox.parked} (events the
 * relay stopped trying; anything above zero wants an operator). The gauges share one
 * query per module, run at most every {@link #REFRESH}.
 */
final class OutboxMetrics {

	/** How long a read of an outbox's backlog serves the gauges. */
	static final Duration REFRESH = Duration.ofSeconds(5);

	private final Map<String, Counter> published = new HashMap<>();

	private final Map<String, Counter> unavailable = new HashMap<>();

	private final Map<String, Counter> failed = new HashMap<>();

	/** Held here: the gauges keep only weak references to what they read. */
	private final List<CachedBacklog> backlogs = new ArrayList<>();

	OutboxMetrics(MeterRegistry registry, List<OutboxTable> tables) {
		for (OutboxTable table : tables) {
			String module = table.module().name();
			this.published.put(module,
					Counter.builder("carve.outbox.published")
						.tag("module", module)
						.description("Events delivered by every transport and marked sent")
						.register(registry));
			this.unavailable.put(module, failures(registry, module, "unavailable"));
			this.failed.put(module, failures(registry, module, "failed"));
			CachedBacklog backlog = new CachedBacklog(table);
			this.backlogs.add(backlog);
			Gauge.builder("carve.outbox.depth", backlog, (cached) -> cached.get().depth())
				.tag("module", module)
				.description("Events in the outbox that wait to be sent")
				.register(registry);
			TimeGauge
				.builder("carve.outbox.oldest.unsent.age", backlog, TimeUnit.MILLISECONDS,
						(cached) -> ageMillis(cached.get()))
				.tag("module", module)
				.description("How long the oldest unsent event has waited")
				.register(registry);
			Gauge.builder("carve.outbox.parked", backlog, (cached) -> cached.get().parked())
				.tag("module", module)
				.description("Events the relay stopped trying after too many failures; they wait for an operator")
				.register(registry);
		}
	}

	private static double ageMillis(OutboxBacklog backlog) {
		Instant oldest = backlog.oldestUnsent();
		return (oldest != null) ? Math.max(0, Duration.between(oldest, Instant.now()).toMillis()) : 0;
	}

	private static Counter failures(MeterRegistry registry, String module, String reason) {
		return Counter.builder("carve.outbox.delivery.failures")
			.tag("module", module)
			.tag("reason", reason)
			.description("Deliveries that failed and will be retried")
			.register(registry);
	}

	/**
	 * An outbox's backlog, read at most once per {@link #REFRESH}: however often and by
	 * how many scrapers the gauges are read, the database sees one query per module per
	 * interval.
	 */
	private static final class CachedBacklog {

		private final OutboxTable table;

		private @Nullable OutboxBacklog backlog;

		private long readAt;

		CachedBacklog(OutboxTable table) {
			this.table = table;
		}

		synchronized OutboxBacklog get() {
			long now = System.nanoTime();
			if (this.backlog == null || now - this.readAt >= REFRESH.toNanos()) {
				this.backlog = this.table.backlog();
				this.readAt = now;
			}
			return this.backlog;
		}

	}

	void published(String module, int count) {
		this.published.get(module).increment(count);
	}

	void failed(String module, boolean unavailable) {
		(unavailable ? this.unavailable : this.failed).get(module).increment();
	}

}
