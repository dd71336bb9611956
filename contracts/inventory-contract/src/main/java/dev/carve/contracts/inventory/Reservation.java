package dev.carve.contracts.inventory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Stock held for an order until it is committed, released or expires.
 *
 * @param reservationId the reservation's id
 * @param orderId the order it belongs to
 * @param lines what is held
 * @param expiresAt when the hold lapses unless committed
 */
public record Reservation(UUID reservationId, UUID orderId, List<StockLine> lines, Instant expiresAt) {

	public Reservation {
		lines = List.copyOf(lines);
	}

}
