package dev.carve.shop.inventory.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.carve.contracts.inventory.Reservation;
import dev.carve.contracts.inventory.StockLine;

/**
 * A reservation as stored.
 *
 * @param id the reservation's id
 * @param orderId the order it belongs to
 * @param status where it is in its life
 * @param expiresAt when it lapses unless committed
 * @param lines what it holds, ordered by SKU
 */
public record HeldReservation(UUID id, UUID orderId, ReservationStatus status, Instant expiresAt,
		List<StockLine> lines) {

	public HeldReservation {
		lines = List.copyOf(lines);
	}

	/** The same reservation with the given lines. */
	public HeldReservation holding(List<StockLine> lines) {
		return new HeldReservation(this.id, this.orderId, this.status, this.expiresAt, lines);
	}

	/** Whether it is in one of the given states. */
	public boolean is(ReservationStatus... statuses) {
		return List.of(statuses).contains(this.status);
	}

	/** The reservation as the gateway returns it. */
	public Reservation toReservation() {
		return new Reservation(this.id, this.orderId, this.lines, this.expiresAt);
	}

}
