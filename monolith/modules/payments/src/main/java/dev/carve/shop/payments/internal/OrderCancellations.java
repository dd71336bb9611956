package dev.carve.shop.payments.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code payments.order_cancellations} table: orders whose payment was cancelled,
 * remembered even when the cancellation came before the payment, so that a later
 * authorization for them is refused or voided at once.
 */
@Component
public class OrderCancellations {

	private final JdbcTemplate jdbc;

	OrderCancellations(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Remembers that the order's payment is cancelled; remembering twice does nothing.
	 */
	public void add(UUID orderId) {
		this.jdbc.update("INSERT INTO payments.order_cancellations (order_id, cancelled_at) VALUES (?, ?)"
				+ " ON CONFLICT (order_id) DO NOTHING", orderId, Timestamp.from(Instant.now()));
	}

	/** Whether the order's payment was cancelled. */
	public boolean contains(UUID orderId) {
		Boolean found = this.jdbc.queryForObject(
				"SELECT EXISTS (SELECT 1 FROM payments.order_cancellations WHERE order_id = ?)", Boolean.class,
				orderId);
		return Boolean.TRUE.equals(found);
	}

}
