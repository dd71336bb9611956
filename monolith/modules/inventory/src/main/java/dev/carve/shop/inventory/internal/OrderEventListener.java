package dev.carve.shop.inventory.internal;

import dev.carve.contracts.orders.OrderCancelled;
import dev.carve.contracts.orders.OrderConfirmed;
import dev.carve.runtime.events.ModuleEventListener;
import dev.carve.shop.inventory.InventoryManagement;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;

/**
 * Follows orders: a confirmed order's reservation is committed, a cancelled order's stock
 * is given back. Both are idempotent, and neither fails for want of a reservation, since
 * retrying would not make one appear.
 */
@Component
class OrderEventListener {

	private static final Log logger = LogFactory.getLog(OrderEventListener.class);

	private final InventoryManagement inventory;

	OrderEventListener(InventoryManagement inventory) {
		this.inventory = inventory;
	}

	@ModuleEventListener
	void commitConfirmed(OrderConfirmed event) {
		if (!this.inventory.commitIfHeld(event.orderId())) {
			logger.warn("Order " + event.orderId() + " was confirmed but holds no reservation (never made,"
					+ " released or expired); no stock was committed");
		}
	}

	@ModuleEventListener
	void returnCancelled(OrderCancelled event) {
		this.inventory.returnStock(event.orderId());
	}

}
