package dev.carve.cli;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.assertThat;

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

	/**
	 * Changes a row at each end of the stock, whatever was copied yet: updates the first
	 * and the last SKU, deletes the second and the second-to-last, and adds SKU-999999.
	 */
	static void edit(String source) throws SQLException {
		execute(source, "UPDATE inventory.stock SET on_hand = 7 WHERE sku = 'SKU-000001'",
				"UPDATE inventory.stock SET on_hand = 9 WHERE sku = 'SKU-003000'",
				"DELETE FROM inventory.stock WHERE sku IN ('SKU-000002', 'SKU-002999')",
				"INSERT INTO inventory.stock (sku, on_hand, reserved, low_stock_threshold) "
						+ "VALUES ('SKU-999999', 3, 0, 1)");
	}

	/**
	 * Asserts that the target holds the {@link #edit} and the same rows as the source in
	 * every table with rows: none missing, none twice, every value equal.
	 */
	static void assertMovedWithEdits(String source, String target) throws SQLException {
		assertThat(stock(target, "SKU-000001")).isEqualTo("7");
		assertThat(stock(target, "SKU-003000")).isEqualTo("9");
		assertThat(stock(target, "SKU-999999")).isEqualTo("3");
		assertThat(stock(target, "SKU-000002")).isNull();
		assertThat(stock(target, "SKU-002999")).isNull();
		for (String table : List.of("stock", "reservations", "reservation_lines", "outbox")) {
			assertThat(rows(target, table)).as(table).isEqualTo(rows(source, table));
		}
		assertThat(keysAndIndexes(target)).as("the target's keys and indexes").isEqualTo(keysAndIndexes(source));
	}

	/**
	 * The keys, constraints and indexes of the inventory schema's tables, each as the
	 * statement that makes it, in their text's order.
	 */
	static List<String> keysAndIndexes(String url) throws SQLException {
		List<String> definitions = new ArrayList<>();
		try (Connection connection = Servers.connect(url);
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(
						"""
								SELECT t.relname || ': ' || c.conname || ' ' || pg_get_constraintdef(c.oid)
								FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
								WHERE t.relnamespace = 'inventory'::regnamespace AND t.relname NOT LIKE 'databasechangelog%'
								UNION ALL SELECT pg_get_indexdef(x.indexrelid) FROM pg_index x JOIN pg_class t ON t.oid = x.indrelid
								WHERE t.relnamespace = 'inventory'::regnamespace AND t.relname NOT LIKE 'databasechangelog%'
								ORDER BY 1""")) {
			while (result.next()) {
				definitions.add(result.getString(1));
			}
		}
		assertThat(definitions).as("keys and indexes of inventory in " + url).hasSizeGreaterThan(10);
		return definitions;
	}

	static void execute(String url, String... sql) throws SQLException {
		try (Connection connection = Servers.connect(url); Statement statement = connection.createStatement()) {
			for (String each : sql) {
				statement.execute(each);
			}
		}
	}

	/** The stock on hand of a SKU, or {@code null} without the SKU. */
	static String stock(String url, String sku) throws SQLException {
		return single(url, "SELECT (SELECT on_hand FROM inventory.stock WHERE sku = '" + sku + "')::text");
	}

	/** A table's rows as text, in their text's order. */
	static List<String> rows(String url, String table) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Connection connection = Servers.connect(url);
				Statement statement = connection.createStatement();
				ResultSet result = statement
					.executeQuery("SELECT t::text FROM inventory." + table + " t ORDER BY t::text")) {
			while (result.next()) {
				rows.add(result.getString(1));
			}
		}
		return rows;
	}

	/** The first column of the first row a query returns. */
	static String single(String url, String sql) throws SQLException {
		try (Connection connection = Servers.connect(url);
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
	}

	/**
	 * Waits up to a minute until a query returns {@code 1} (a query on tables that do not
	 * exist yet counts as not yet).
	 * @param ended what a command printed, once it has ended without the query returning
	 * 1; {@code null} while it runs
	 */
	static void await(String url, String query, Callable<@Nullable String> ended) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (System.nanoTime() < deadline) {
			try {
				if ("1".equals(single(url, query))) {
					return;
				}
			}
			catch (SQLException ex) {
				// The tables do not exist yet.
			}
			String output = ended.call();
			if (output != null) {
				throw new AssertionError("The command ended before " + query + ":\n" + output);
			}
			TimeUnit.MILLISECONDS.sleep(10);
		}
		throw new AssertionError("Not within a minute: " + query);
	}

}
