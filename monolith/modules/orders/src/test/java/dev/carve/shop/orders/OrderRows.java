package dev.carve.shop.orders;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/** What the orders schema holds, read with plain SQL. */
public final class OrderRows {

	private final JdbcTemplate jdbc;

	public OrderRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The row of an order in {@code orders.orders}, by column name. */
	public Map<String, Object> order(UUID orderId) {
		return this.jdbc.queryForMap("SELECT * FROM orders.orders WHERE id = ?", orderId);
	}

	/** The rows of a customer's orders, oldest first. */
	public List<Map<String, Object>> ordersOf(UUID customerId) {
		return this.jdbc.queryForList("SELECT * FROM orders.orders WHERE customer_id = ? ORDER BY created_at",
				customerId);
	}

	/** The lines of an order as {@code sku x quantity @ unit_price}, in line order. */
	public List<String> lines(UUID orderId) {
		return this.jdbc.queryForList(
				"SELECT sku || ' x ' || quantity || ' @ ' || unit_price::numeric(19,2) FROM orders.order_lines"
						+ " WHERE order_id = ? ORDER BY line_no",
				String.class, orderId);
	}

	/**
	 * The simple type names of the events the orders outbox holds for an order, in order.
	 */
	public List<String> events(UUID orderId) {
		return this.jdbc
			.queryForList("SELECT event_type FROM orders.outbox WHERE aggregate_key = ? ORDER BY id", String.class,
					orderId.toString())
			.stream()
			.map((type) -> type.substring(type.lastIndexOf('.') + 1))
			.toList();
	}

	/** The JSON payloads of the events of a type the orders outbox holds for an order. */
	public List<String> payloads(UUID orderId, String simpleType) {
		return this.jdbc.queryForList(
				"SELECT payload FROM orders.outbox WHERE aggregate_key = ? AND event_type LIKE ? ORDER BY id",
				String.class, orderId.toString(), "%." + simpleType);
	}

}
