package dev.carve.shop.orders.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;

import org.springframework.stereotype.Component;

/**
 * The meters of orders that did not finish at once:
 * {@code shop.orders.pending.oldest.age} (how long the oldest PENDING order has waited,
 * zero when none does), {@code shop.orders.pending.overdue} (orders PENDING for longer
 * than {@code shop.orders.recovery.pending-after}: the sweep's backlog; above zero for
 * longer than a few intervals means the sweep cannot finish them) and
 * {@code shop.orders.recovery} (orders the sweep handled, tagged {@code outcome}). Each
 * gauge reads the database when it is read, through the partial index on unfinished
 * orders.
 */
@Component
class OrderRecoveryMetrics {

	private final Map<OrderRecovery.Outcome, Counter> outcomes = new EnumMap<>(OrderRecovery.Outcome.class);

	OrderRecoveryMetrics(MeterRegistry registry, OrderRecoveryClaims claims, OrdersProperties properties) {
		Duration pendingAfter = properties.recovery().pendingAfter();
		for (OrderRecovery.Outcome outcome : OrderRecovery.Outcome.values()) {
			this.outcomes.put(outcome,
					Counter.builder("shop.orders.recovery")
						.tag("outcome", outcome.name().toLowerCase())
						.description("Orders the recovery sweep handled, by what it did")
						.register(registry));
		}
		TimeGauge.builder("shop.orders.pending.oldest.age", claims, TimeUnit.MILLISECONDS, (read) -> {
			Instant oldest = read.oldestPending();
			return (oldest != null) ? Math.max(0, Duration.between(oldest, Instant.now()).toMillis()) : 0;
		}).description("How long the oldest PENDING order has waited").register(registry);
		Gauge
			.builder("shop.orders.pending.overdue", claims,
					(read) -> read.countPendingSince(Instant.now().minus(pendingAfter)))
			.description("Orders PENDING for longer than shop.orders.recovery.pending-after")
			.register(registry);
	}

	void record(OrderRecovery.Outcome outcome) {
		this.outcomes.get(outcome).increment();
	}

}
