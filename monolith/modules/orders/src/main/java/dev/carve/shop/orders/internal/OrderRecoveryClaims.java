package dev.carve.shop.orders.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The orders the recovery sweep must look at, and the claims that keep two instances from
 * sweeping the same order at once. A claim is a time in {@code recovery_claimed_until}:
 * taken in one statement under {@code FOR UPDATE SKIP LOCKED}, so concurrent sweeps claim
 * disjoint orders, and lapsing on its own, so an instance that dies leaves nothing
 * behind.
 */
@Component
class OrderRecoveryClaims {

	private final JdbcTemplate jdbc;

	OrderRecoveryClaims(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims, oldest first, orders PENDING since before {@code pendingSince} and rejected
	 * orders that still owe compensation, none of them claimed by another sweep now.
	 * @param lease how long the claim holds
	 * @param limit the most orders to claim
	 * @return the ids of the orders claimed
	 */
	List<UUID> claim(Instant pendingSince, Duration lease, int limit) {
		Instant now = Instant.now();
		return this.jdbc.queryForList("UPDATE orders.orders SET recovery_claimed_until = ? WHERE id IN ("
				+ "SELECT id FROM orders.orders WHERE ((status = 'PENDING' AND created_at < ?) OR compensation_due)"
				+ " AND (recovery_claimed_until IS NULL OR recovery_claimed_until < ?)"
				+ " ORDER BY created_at LIMIT ? FOR UPDATE SKIP LOCKED) RETURNING id", UUID.class,
				Timestamp.from(now.plus(lease)), Timestamp.from(pendingSince), Timestamp.from(now), limit);
	}

	/** How many orders are PENDING since before {@code pendingSince}. */
	long countPendingSince(Instant pendingSince) {
		Long count = this.jdbc.queryForObject(
				"SELECT count(*) FROM orders.orders WHERE status = 'PENDING' AND created_at < ?", Long.class,
				Timestamp.from(pendingSince));
		return (count != null) ? count : 0;
	}

	/** When the oldest PENDING order was placed, or {@code null} when none is PENDING. */
	@Nullable Instant oldestPending() {
		Timestamp oldest = this.jdbc
			.queryForObject("SELECT min(created_at) FROM orders.orders WHERE status = 'PENDING'", Timestamp.class);
		return (oldest != null) ? oldest.toInstant() : null;
	}

}
