package dev.carve.cli;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The inventory module's schema, created from its changelog, with rows in it. */
final class InventoryData {

	private InventoryData() {
	}

	/**
	 * Creates the inventory schema in a new source database, with {@code skus} stock
	 * rows, one reservation with a line per ten SKUs and one unsent outbox event.
	 * @return the source database's JDBC URL
	 */
	static String newSource(int skus) throws Exception {
		String url = Servers.newSourceDatabase();
		try (Connection connection = Servers.connect(url)) {
			SchemaCreation.create(connection, ShopModules.changelog("inventory", null));
			try (Statement statement = connection.createStatement()) {
				statement.execute("INSERT INTO inventory.stock (sku, on_hand, reserved, low_stock_threshold) "
						+ "SELECT 'SKU-' || lpad(i::text, 6, '0'), 100, 0, 5 FROM generate_series(1, " + skus + ") i");
				statement.execute("INSERT INTO inventory.reservations (id, order_id, status, expires_at, created_at) "
						+ "SELECT md5('r' || i)::uuid, md5('o' || i)::uuid, 'RESERVED', now() + interval '1 hour', now() "
						+ "FROM generate_series(1, " + skus / 10 + ") i");
				statement.execute("INSERT INTO inventory.reservation_lines (reservation_id, sku, quantity) "
						+ "SELECT md5('r' || i)::uuid, 'SKU-' || lpad(i::text, 6, '0'), 1 FROM generate_series(1, "
						+ skus / 10 + ") i");
				statement.execute("INSERT INTO inventory.outbox (event_id, event_type, aggregate_key, payload, "
						+ "occurred_at) VALUES (gen_random_uuid(), 'StockLow', 'SKU-000001', '{}', now())");
			}
		}
		return url;
	}

	static void execute(String url, String... sql) throws SQLException {
		try (Connection connection = Servers.connect(url); Statement statement = connection.createStatement()) {
			for (String each : sql) {
				statement.execute(each);
			}
		}
	}

}
