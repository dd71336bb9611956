package dev.carve.shop.inventory.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.carve.runtime.module.ModuleJob;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;

/**
 * Releases reservations that still hold stock past their expiry, every
 * {@code shop.inventory.expiry-interval}, as a {@link ModuleJob}. Safe with several
 * instances: each reservation is expired in its own transaction under a row lock. While
 * the module is dormant in this process, the process that serves it expires them.
 */
@Component
class ReservationExpiry extends ModuleJob {

	private static final Log logger = LogFactory.getLog(ReservationExpiry.class);

	private static final int BATCH = 100;

	private final Reservations reservations;

	private final StockKeeping inventory;

	ReservationExpiry(Reservations reservations, StockKeeping inventory, InventoryProperties properties) {
		super("inventory", "inventory-reservation-expiry", properties.expiryInterval());
		this.reservations = reservations;
		this.inventory = inventory;
	}

	/**
	 * Releases every reservation past its expiry.
	 * @return how many were released
	 */
	int releaseExpired() {
		int released = 0;
		int releasedNow;
		List<UUID> orders;
		do {
			Instant now = Instant.now();
			orders = this.reservations.expiredOrders(now, BATCH);
			releasedNow = 0;
			for (UUID orderId : orders) {
				releasedNow += expire(orderId, now) ? 1 : 0;
			}
			released += releasedNow;
		}
		while (orders.size() == BATCH && releasedNow > 0);
		return released;
	}

	private boolean expire(UUID orderId, Instant now) {
		try {
			return this.inventory.expire(orderId, now);
		}
		catch (RuntimeException ex) {
			logger.warn("Could not release the expired reservation of order " + orderId, ex);
			return false;
		}
	}

	@Override
	protected void round() {
		int released = releaseExpired();
		if (released > 0) {
			logger.info("Released " + released + " expired reservation(s)");
		}
	}

}
