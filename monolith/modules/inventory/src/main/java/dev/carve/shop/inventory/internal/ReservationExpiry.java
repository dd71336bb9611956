package dev.carve.shop.inventory.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.carve.runtime.module.RouteLookup;
import dev.carve.shop.inventory.InventoryManagement;
import dev.carve.shop.inventory.InventoryProperties;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Releases reservations that still hold stock past their expiry, every
 * {@code shop.inventory.expiry-interval}, on a thread of its own so that the module needs
 * no application-wide scheduling. Safe with several instances: each reservation is
 * expired in its own transaction under a row lock. While the module is dormant in this
 * process, the process that serves it expires its reservations.
 */
@Component
class ReservationExpiry implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(ReservationExpiry.class);

	private static final int BATCH = 100;

	private static final String MODULE = "inventory";

	private final Reservations reservations;

	private final InventoryManagement inventory;

	private final InventoryProperties properties;

	private final RouteLookup routes;

	private volatile @Nullable ScheduledExecutorService executor;

	ReservationExpiry(Reservations reservations, InventoryManagement inventory, InventoryProperties properties,
			ObjectProvider<RouteLookup> routes) {
		this.reservations = reservations;
		this.inventory = inventory;
		this.properties = properties;
		this.routes = routes.getIfAvailable(RouteLookup::alwaysServing);
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

	private void run() {
		try {
			if (!this.routes.runsHere(MODULE)) {
				return;
			}
			int released = releaseExpired();
			if (released > 0) {
				logger.info("Released " + released + " expired reservation(s)");
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Releasing expired reservations failed; trying again later", ex);
		}
	}

	@Override
	public void start() {
		ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(
				Thread.ofPlatform().name("inventory-reservation-expiry").daemon().factory());
		long interval = this.properties.expiryInterval().toMillis();
		started.scheduleWithFixedDelay(this::run, interval, interval, TimeUnit.MILLISECONDS);
		this.executor = started;
	}

	@Override
	public void stop() {
		ScheduledExecutorService running = this.executor;
		if (running != null) {
			running.shutdownNow();
			try {
				running.awaitTermination(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.executor = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.executor != null;
	}

}
