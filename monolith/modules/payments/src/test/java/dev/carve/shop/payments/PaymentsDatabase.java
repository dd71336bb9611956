package dev.carve.shop.payments;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/** Reads the payments schema the way an operator would, for tests' assertions. */
public final class PaymentsDatabase {

	private final JdbcTemplate jdbc;

	PaymentsDatabase(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The status of an order's payment, {@code null} when it has none. */
	public String statusOf(UUID orderId) {
		return this.jdbc.query("SELECT status FROM payments.payments WHERE order_id = ?",
				(rs) -> rs.next() ? rs.getString(1) : null, orderId);
	}

	/** Why an order's payment was declined. */
	public String declineReasonOf(UUID orderId) {
		return this.jdbc.queryForObject("SELECT decline_reason FROM payments.payments WHERE order_id = ?", String.class,
				orderId);
	}

	/** The version of an order's payment, which every change to it increments. */
	public long versionOf(UUID orderId) {
		Long version = this.jdbc.queryForObject("SELECT version FROM payments.payments WHERE order_id = ?", Long.class,
				orderId);
		return (version != null) ? version : -1;
	}

	/** How many payments an order has. */
	public int paymentCount(UUID orderId) {
		return count("SELECT count(*) FROM payments.payments WHERE order_id = ?", orderId);
	}

	/** The amounts refunded on a payment. */
	public List<String> refundedAmounts(UUID paymentId) {
		return this.jdbc.queryForList("SELECT amount::text FROM payments.refunds WHERE payment_id = ?", String.class,
				paymentId);
	}

	/** How many events of a type the payments outbox holds for an order. */
	public int outboxCount(String eventName, UUID orderId) {
		return count("SELECT count(*) FROM payments.outbox WHERE event_type = ? AND aggregate_key = ?",
				"dev.carve.contracts.payments." + eventName, orderId.toString());
	}

	private int count(String sql, Object... arguments) {
		Integer count = this.jdbc.queryForObject(sql, Integer.class, arguments);
		return (count != null) ? count : 0;
	}

}
