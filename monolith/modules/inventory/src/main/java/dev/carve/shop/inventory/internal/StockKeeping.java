package dev.carve.shop.inventory.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiConsumer;

import dev.carve.api.NotFoundException;
import dev.carve.contracts.inventory.InsufficientStockException;
import dev.carve.contracts.inventory.Reservation;
import dev.carve.contracts.inventory.ReservationConflictException;
import dev.carve.contracts.inventory.ReservationNotFoundException;
import dev.carve.contracts.inventory.ReserveStock;
import dev.carve.contracts.inventory.StockLine;
import dev.carve.contracts.inventory.StockLow;
import dev.carve.contracts.inventory.StockReserved;
import dev.carve.runtime.events.EventOutbox;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inventory's use cases: stock levels, and reservations, which other modules make
 * through the module's in-process {@link dev.carve.contracts.inventory.InventoryGateway}.
 * Public for the module's root package, whose gateway implementation delegates to it.
 * Stock rows are always changed in SKU order after the reservation row is locked, so
 * concurrent reservations cannot deadlock, and last in their transaction, so a SKU many
 * orders want stays locked for one statement and the commit. Times are kept to the
 * microsecond, as the database keeps them, so a reservation read back equals the one
 * returned when it was made.
 */
@Service
public class StockKeeping {

	private final StockLevels stock;

	private final Reservations reservations;

	private final EventOutbox outbox;

	private final InventoryProperties properties;

	StockKeeping(StockLevels stock, Reservations reservations, EventOutbox outbox, InventoryProperties properties) {
		this.stock = stock;
		this.reservations = reservations;
		this.outbox = outbox;
		this.properties = properties;
	}

	/**
	 * Reserves the stock of the request's lines for its order, as
	 * {@link dev.carve.contracts.inventory.InventoryGateway#reserve} states.
	 */
	@Transactional
	public Reservation reserve(ReserveStock request) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		Instant expiresAt = now.plus(this.properties.reservationTtl());
		UUID id = UUID.randomUUID();
		List<StockLine> lines = merged(request.lines());
		if (!this.reservations.add(id, request.orderId(), expiresAt, now)) {
			HeldReservation existing = this.reservations.lock(request.orderId()).orElseThrow();
			if (existing.is(ReservationStatus.RESERVED, ReservationStatus.COMMITTED)) {
				Reservation held = existing.toReservation();
				if (!quantities(held.lines()).equals(quantities(lines))) {
					throw new ReservationConflictException(request.orderId());
				}
				return held;
			}
			id = existing.id();
			this.reservations.renew(id, expiresAt);
		}
		// The stock rows come last: a popular SKU's row is locked only for its own update
		// and the commit, not for the rows written beside it.
		this.reservations.addLines(id, lines);
		this.outbox.publish(new StockReserved(UUID.randomUUID(), request.orderId(), lines, now));
		List<StockLow> lows = new ArrayList<>();
		for (StockLine line : lines) {
			StockLevel after = this.stock.reserve(line.sku(), line.quantity())
				.orElseThrow(() -> new InsufficientStockException(line.sku(), line.quantity(),
						this.stock.find(line.sku()).map(StockLevel::available).orElse(0)));
			int before = after.available() + line.quantity();
			if (after.available() <= after.lowStockThreshold() && before > after.lowStockThreshold()) {
				lows.add(
						new StockLow(UUID.randomUUID(), line.sku(), after.available(), after.lowStockThreshold(), now));
			}
		}
		lows.forEach(this.outbox::publish);
		return new Reservation(id, request.orderId(), lines, expiresAt);
	}

	/**
	 * Releases the order's reservation, as
	 * {@link dev.carve.contracts.inventory.InventoryGateway#release} states.
	 */
	@Transactional
	public void release(UUID orderId) {
		settle(orderId, ReservationStatus.RESERVED, this.stock::unreserve, ReservationStatus.RELEASED);
	}

	/**
	 * Commits the order's reservation, as
	 * {@link dev.carve.contracts.inventory.InventoryGateway#commit} states.
	 */
	@Transactional
	public void commit(UUID orderId) {
		if (!commitIfHeld(orderId)) {
			throw new ReservationNotFoundException(orderId);
		}
	}

	/**
	 * Commits the order's reservation if it holds stock; never fails for want of one.
	 * @return whether the order's reservation is committed now (by this call or before)
	 */
	@Transactional
	public boolean commitIfHeld(UUID orderId) {
		Optional<HeldReservation> reservation = this.reservations.lock(orderId);
		if (reservation.isPresent() && reservation.get().is(ReservationStatus.COMMITTED)) {
			return true;
		}
		return settle(orderId, ReservationStatus.RESERVED, this.stock::remove, ReservationStatus.COMMITTED);
	}

	/**
	 * Gives back the stock of a cancelled order: a held reservation is released, a
	 * committed one has its units put back on hand. Idempotent.
	 */
	@Transactional
	public void returnStock(UUID orderId) {
		if (!settle(orderId, ReservationStatus.RESERVED, this.stock::unreserve, ReservationStatus.RELEASED)) {
			settle(orderId, ReservationStatus.COMMITTED, this.stock::restock, ReservationStatus.RELEASED);
		}
	}

	/**
	 * Releases the order's reservation if it still holds stock past its expiry.
	 * @return whether it expired now
	 */
	@Transactional
	public boolean expire(UUID orderId, Instant now) {
		Optional<HeldReservation> reservation = this.reservations.lock(orderId);
		if (reservation.isEmpty() || reservation.get().expiresAt().isAfter(now)) {
			return false;
		}
		return settle(orderId, ReservationStatus.RESERVED, this.stock::unreserve, ReservationStatus.EXPIRED);
	}

	/**
	 * The stock of a SKU.
	 * @throws NotFoundException when the SKU has no stock
	 */
	@Transactional(readOnly = true)
	public StockLevel stockOf(String sku) {
		return this.stock.find(sku)
			.orElseThrow(() -> new NotFoundException("stock-not-found", "No stock of SKU " + sku, Map.of("sku", sku)));
	}

	/**
	 * Sets the units on hand of a SKU, creating its stock if needed.
	 * @param threshold a new low-stock threshold, or {@code null} to keep the current one
	 * @return the stock now, and whether this call created it
	 * @throws StockBelowReservedException when more units are reserved than
	 * {@code onHand}
	 */
	@Transactional
	public StockLevels.StockSetting setStock(String sku, int onHand, @Nullable Integer threshold) {
		if (!sku.matches(InvalidSkuException.PATTERN)) {
			throw new InvalidSkuException(sku);
		}
		return this.stock.set(sku, onHand, threshold, this.properties.lowStockThreshold())
			.orElseThrow(() -> new StockBelowReservedException(sku, onHand, stockOf(sku).reserved()));
	}

	private boolean settle(UUID orderId, ReservationStatus from, BiConsumer<String, Integer> change,
			ReservationStatus to) {
		Optional<HeldReservation> reservation = this.reservations.lock(orderId).filter((held) -> held.is(from));
		reservation.ifPresent((held) -> {
			this.reservations.mark(held.id(), to);
			held.lines().forEach((line) -> change.accept(line.sku(), line.quantity()));
		});
		return reservation.isPresent();
	}

	/** Units per SKU, however the lines are split or ordered. */
	private static Map<String, Integer> quantities(List<StockLine> lines) {
		Map<String, Integer> quantities = new TreeMap<>();
		merged(lines).forEach((line) -> quantities.put(line.sku(), line.quantity()));
		return quantities;
	}

	private static List<StockLine> merged(List<StockLine> lines) {
		Map<String, Integer> quantities = new TreeMap<>();
		lines.forEach((line) -> quantities.merge(line.sku(), line.quantity(), Math::addExact));
		return quantities.entrySet().stream().map((entry) -> new StockLine(entry.getKey(), entry.getValue())).toList();
	}

}
