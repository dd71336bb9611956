package dev.carve.shop.orders.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the orders module, under {@code shop.orders}.
 *
 * @param maxLines the most lines one order may have, counted as sent (before lines of the
 * same SKU are merged)
 * @param maxQuantity the most units of one SKU one order may ask for
 * @param recovery how orders that did not finish are found and finished
 */
@ConfigurationProperties("shop.orders")
public record OrdersProperties(@DefaultValue("50") int maxLines, @DefaultValue("1000") int maxQuantity,
		@DefaultValue Recovery recovery) {

	public OrdersProperties {
		if (maxLines < 1) {
			throw new IllegalArgumentException("shop.orders.max-lines must be at least 1");
		}
		if (maxQuantity < 1) {
			throw new IllegalArgumentException("shop.orders.max-quantity must be at least 1");
		}
	}

	/**
	 * The recovery sweep, which finishes orders left PENDING (by a crash, say) and
	 * repeats the compensation of rejected orders that could not be given back at once.
	 *
	 * @param pendingAfter how long an order may stay PENDING before the sweep finishes
	 * it; longer than any placement takes with every remote deadline and retry, so that
	 * the sweep never races a placement that is still running. Also how long an instance
	 * keeps its claim on an order it sweeps
	 * @param interval how often the sweep runs
	 */
	public record Recovery(@DefaultValue("2m") Duration pendingAfter, @DefaultValue("30s") Duration interval) {

		public Recovery {
			if (!pendingAfter.isPositive() || !interval.isPositive()) {
				throw new IllegalArgumentException(
						"shop.orders.recovery.pending-after and shop.orders.recovery.interval must be positive");
			}
		}

	}

}
