package dev.carve.shop.orders;

import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.carve.contracts.inventory.InsufficientStockException;
import dev.carve.contracts.inventory.InventoryGateway;
import dev.carve.contracts.inventory.Reservation;
import dev.carve.contracts.inventory.ReservationNotFoundException;
import dev.carve.contracts.inventory.ReserveStock;
import dev.carve.contracts.inventory.StockLine;
import dev.carve.runtime.gateway.GatewayUnavailableException;

/**
 * An inventory that keeps stock and reservations in memory and behaves as the contract
 * says: reservations are all or nothing and keyed by order, release is idempotent. It
 * counts release calls per order, and can be told to fail like an unreachable remote
 * inventory for orders that contain a given SKU.
 */
public final class InMemoryInventory implements InventoryGateway {

	private final Map<String, Integer> available = new HashMap<>();

	private final Map<UUID, Reservation> reservations = new HashMap<>();

	private final Map<UUID, Integer> releaseCalls = new HashMap<>();

	private final Set<String> timeOutAfterReserving = new HashSet<>();

	private final Set<String> unreachableOnRelease = new HashSet<>();

	private final Set<UUID> committed = new HashSet<>();

	/** Sets the units of a SKU that are available. */
	public synchronized void stock(String sku, int units) {
		this.available.put(sku, units);
	}

	/** The units of a SKU that are available now. */
	public synchronized int available(String sku) {
		return this.available.getOrDefault(sku, 0);
	}

	/** Whether the order's reservation was committed: its units left stock for good. */
	public synchronized boolean committed(UUID orderId) {
		return this.committed.contains(orderId);
	}

	/** Whether the order holds a reservation now. */
	public synchronized boolean holdsReservation(UUID orderId) {
		return this.reservations.containsKey(orderId);
	}

	/** How many times release was called for the order. */
	public synchronized int releaseCalls(UUID orderId) {
		return this.releaseCalls.getOrDefault(orderId, 0);
	}

	/**
	 * Reserving stock for an order with this SKU succeeds, but the answer is lost: the
	 * caller sees an unreachable inventory.
	 */
	public synchronized void timeOutAfterReserving(String sku) {
		this.timeOutAfterReserving.add(sku);
	}

	/** Releasing a reservation with this SKU fails as an unreachable inventory would. */
	public synchronized void unreachableOnRelease(String sku) {
		this.unreachableOnRelease.add(sku);
	}

	/** Releasing a reservation with this SKU works again. */
	public synchronized void reachableOnRelease(String sku) {
		this.unreachableOnRelease.remove(sku);
	}

	@Override
	public synchronized Reservation reserve(ReserveStock request) {
		Reservation existing = this.reservations.get(request.orderId());
		if (existing != null) {
			return existing;
		}
		for (StockLine line : request.lines()) {
			int units = available(line.sku());
			if (units < line.quantity()) {
				throw new InsufficientStockException(line.sku(), line.quantity(), units);
			}
		}
		request.lines().forEach((line) -> this.available.merge(line.sku(), -line.quantity(), Integer::sum));
		Reservation reservation = new Reservation(UUID.randomUUID(), request.orderId(), request.lines(),
				Instant.now().plusSeconds(900));
		this.reservations.put(request.orderId(), reservation);
		if (request.lines().stream().anyMatch((line) -> this.timeOutAfterReserving.contains(line.sku()))) {
			throw unreachable(new SocketTimeoutException("Read timed out"));
		}
		return reservation;
	}

	@Override
	public synchronized void release(UUID orderId) {
		this.releaseCalls.merge(orderId, 1, Integer::sum);
		Reservation reservation = this.reservations.get(orderId);
		if (reservation == null || this.committed.contains(orderId)) {
			return;
		}
		if (reservation.lines().stream().anyMatch((line) -> this.unreachableOnRelease.contains(line.sku()))) {
			throw unreachable(new SocketTimeoutException("Connect timed out"));
		}
		this.reservations.remove(orderId);
		reservation.lines().forEach((line) -> this.available.merge(line.sku(), line.quantity(), Integer::sum));
	}

	@Override
	public synchronized void commit(UUID orderId) {
		if (!this.reservations.containsKey(orderId)) {
			throw new ReservationNotFoundException(orderId);
		}
		this.committed.add(orderId);
	}

	private static GatewayUnavailableException unreachable(Exception cause) {
		return new GatewayUnavailableException("inventory", "inventory unreachable", Duration.ofSeconds(2), cause);
	}

}
