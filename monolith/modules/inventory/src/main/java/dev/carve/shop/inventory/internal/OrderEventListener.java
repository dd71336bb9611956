package dev.carve.shop.inventory.internal;

import dev.carve.contracts.orders.OrderCancelled;
import dev.carve.contracts.orders.OrderConfirmed;
import dev.carve.runtime.events.ModuleEventListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;

/**
 * Follows orders: a confirmed order's reservation is committed, a cancelled order's stock
 * is given back. Both are idempotent, and neither fails for want of a reservation, since
 * retrying would not make one appear.
 *
 * <p>
 * The orders module commits an order's reservation before it confirms the order, so a
 * confirmed order whose reservation is neither committed nor held means its units may
 * have been sold twice: that is an alert, counted by
 * {@code shop.inventory.oversell.alerts} and logged as an error with the order's id.
 */
@Component
class OrderEventListener {

	private static final Log logger = LogFactory.getLog(OrderEventListener.class);

	private final StockKeeping inventory;

	private final Counter oversellAlerts;

	OrderEventListener(StockKeeping inventory, MeterRegistry meters) {
		this.inventory = inventory;
		this.oversellAlerts = Counter.builder("shop.inventory.oversell.alerts")
			.description("Confirmed orders that held no stock when their confirmation arrived")
			.register(meters);
	}

	@ModuleEventListener
	void commitConfirmed(OrderConfirmed event) {
		if (!this.inventory.commitIfHeld(event.orderId())) {
			this.oversellAlerts.increment();
			logger.error("Order " + event.orderId() + " was confirmed but holds no reservation (never made,"
					+ " released or expired): its units may have been sold again; no stock was committed");
		}
	}

	@ModuleEventListener
	void returnCancelled(OrderCancelled event) {
		this.inventory.returnStock(event.orderId());
	}

}
