package dev.carve.shop.inventory.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.carve.contracts.inventory.StockLine;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code inventory.reservations} and {@code inventory.reservation_lines} tables. An
 * order has at most one reservation; callers lock it before changing it.
 */
@Component
public class Reservations {

	private final JdbcTemplate jdbc;

	Reservations(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds a reservation, unless the order has one already. Waits for a concurrent
	 * transaction that adds one for the same order.
	 * @return whether it was added
	 */
	public boolean add(UUID id, UUID orderId, Instant expiresAt, Instant now) {
		return this.jdbc.update(
				"INSERT INTO inventory.reservations (id, order_id, status, expires_at, created_at)"
						+ " VALUES (?, ?, 'RESERVED', ?, ?) ON CONFLICT (order_id) DO NOTHING",
				id, orderId, Timestamp.from(expiresAt), Timestamp.from(now)) == 1;
	}

	/** The order's reservation, locked until the transaction ends. */
	public Optional<HeldReservation> lock(UUID orderId) {
		return this.jdbc
			.query("SELECT id, status, expires_at FROM inventory.reservations WHERE order_id = ? FOR UPDATE",
					(rs, row) -> new HeldReservation(rs.getObject(1, UUID.class), orderId,
							ReservationStatus.valueOf(rs.getString(2)), rs.getTimestamp(3).toInstant(), List.of()),
					orderId)
			.stream()
			.findFirst()
			.map((reservation) -> reservation.holding(linesOf(reservation.id())));
	}

	/**
	 * Holds stock again under a released or expired reservation: new lines, new expiry.
	 */
	public void renew(UUID id, Instant expiresAt) {
		this.jdbc.update("UPDATE inventory.reservations SET status = 'RESERVED', expires_at = ? WHERE id = ?",
				Timestamp.from(expiresAt), id);
		this.jdbc.update("DELETE FROM inventory.reservation_lines WHERE reservation_id = ?", id);
	}

	/** Records what a reservation holds. */
	public void addLines(UUID id, List<StockLine> lines) {
		this.jdbc.batchUpdate(
				"INSERT INTO inventory.reservation_lines (reservation_id, sku, quantity) VALUES (?, ?, ?)", lines,
				lines.size(), (statement, line) -> {
					statement.setObject(1, id);
					statement.setString(2, line.sku());
					statement.setInt(3, line.quantity());
				});
	}

	/** Moves a reservation to another state. */
	public void mark(UUID id, ReservationStatus status) {
		this.jdbc.update("UPDATE inventory.reservations SET status = ? WHERE id = ?", status.name(), id);
	}

	/** Orders whose reservations still hold stock past their expiry, oldest first. */
	public List<UUID> expiredOrders(Instant now, int limit) {
		return this.jdbc
			.queryForList("SELECT order_id FROM inventory.reservations WHERE status = 'RESERVED' AND expires_at <= ?"
					+ " ORDER BY expires_at LIMIT ?", UUID.class, Timestamp.from(now), limit);
	}

	private List<StockLine> linesOf(UUID id) {
		return this.jdbc.query(
				"SELECT sku, quantity FROM inventory.reservation_lines WHERE reservation_id = ? ORDER BY sku",
				(rs, row) -> new StockLine(rs.getString(1), rs.getInt(2)), id);
	}

}
