package dev.carve.benchmarks.move;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.core.io.DefaultResourceLoader;

import dev.carve.contracts.inventory.InventoryGateway;
import dev.carve.runtime.module.ModuleDefinition;
import dev.carve.runtime.module.ModuleLiquibase;

/**
 * The inventory module's schema, created from its own changelog the way the monolith
 * creates it ({@link ModuleLiquibase}), and rows in it spread over its tables like a
 * shop's: stock per SKU, reservations with one or two lines, sent outbox events and
 * processed inbox events.
 */
final class InventorySchema {

	/** The module moved. */
	static final String MODULE = "inventory";

	/** The module's tables with rows, parents before children. */
	static final List<String> TABLES = List.of("stock", "reservations", "reservation_lines", "outbox", "inbox");

	/** Liquibase logs through java.util.logging; held here so the level stays set. */
	private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

	static {
		System.setProperty("liquibase.analytics.enabled", "false");
		System.setProperty("liquibase.showBanner", "false");
		LIQUIBASE_LOG.setLevel(Level.WARNING);
	}

	private InventorySchema() {
	}

	/**
	 * Creates the schema and its tables, empty, with the module's changelog.
	 * @param url the database's JDBC URL, with the user
	 */
	static void create(String url) throws Exception {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setUrl(url);
		ModuleLiquibase liquibase = ModuleLiquibase.of(dataSource,
				new ModuleDefinition(MODULE, "dev.carve.shop.inventory", InventoryGateway.class.getPackageName()));
		liquibase.setResourceLoader(new DefaultResourceLoader());
		liquibase.afterPropertiesSet();
	}

	/**
	 * Fills the tables created by {@link #create} with about {@code rows} rows: 30 %
	 * stock, 20 % reservations, 25 % reservation lines, 15 % outbox, 10 % inbox; then
	 * vacuums and analyzes them, as autovacuum would have.
	 * @return the rows of each table, in {@link #TABLES} order
	 */
	static Map<String, Long> fill(String url, long rows) throws SQLException {
		long skus = rows * 30 / 100;
		long reservations = rows * 20 / 100;
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put("stock", skus);
		counts.put("reservations", reservations);
		counts.put("reservation_lines", rows * 25 / 100);
		counts.put("outbox", rows * 15 / 100);
		counts.put("inbox", rows - counts.values().stream().mapToLong(Long::longValue).sum());
		String sku = "'SKU-' || lpad((%s)::text, 8, '0')";
		execute(url,
				"INSERT INTO inventory.stock (sku, on_hand, reserved, low_stock_threshold, version) SELECT "
						+ sku.formatted("i") + ", 50 + i % 500, i % 50, 5 + i % 20, i % 7 FROM generate_series(1, "
						+ skus + ") i",
				"INSERT INTO inventory.reservations (id, order_id, status, expires_at, created_at) SELECT"
						+ " md5('r' || i)::uuid, md5('o' || i)::uuid, (ARRAY['RESERVED', 'COMMITTED', 'RELEASED',"
						+ " 'EXPIRED'])[1 + i % 4], now() + i % 60 * interval '1 minute',"
						+ " now() - i * interval '1 second' FROM generate_series(1, " + reservations + ") i",
				// Every reservation has a line; the first quarter of them a second one.
				"INSERT INTO inventory.reservation_lines (reservation_id, sku, quantity) SELECT md5('r' || r)::uuid, "
						+ sku.formatted("(r * 31 + (j - 1) / " + reservations + ") % " + skus + " + 1")
						+ ", 1 + j % 3 FROM generate_series(1, " + counts.get("reservation_lines")
						+ ") j, LATERAL (SELECT (j - 1) % " + reservations + " + 1 AS r) l",
				"INSERT INTO inventory.outbox (event_id, event_type, aggregate_key, payload, occurred_at, created_at,"
						+ " attempts, next_attempt_at, sent_at, trace_parent) SELECT md5('e' || i)::uuid,"
						+ " 'dev.carve.inventory.StockReserved', md5('o' || i)::uuid::text,"
						+ " json_build_object('orderId', md5('o' || i)::uuid, 'lines', json_build_array("
						+ "json_build_object('sku', " + sku.formatted("i % " + skus + " + 1")
						+ ", 'quantity', 1 + i % 3)))::text, now() - i * interval '1 second',"
						+ " now() - i * interval '1 second', 1, now(), now(), '00-' || md5('t' || i) || '-'"
						+ " || left(md5('s' || i), 16) || '-01' FROM generate_series(1, " + counts.get("outbox")
						+ ") i",
				"INSERT INTO inventory.inbox (event_id, listener, processed_at) SELECT md5('i' || i)::uuid,"
						+ " 'dev.carve.shop.inventory.internal.OrderEvents#on' || (ARRAY['OrderConfirmed',"
						+ " 'OrderCancelled'])[1 + i % 2], now() - i * interval '1 second' FROM generate_series(1, "
						+ counts.get("inbox") + ") i",
				"VACUUM ANALYZE");
		return counts;
	}

	/**
	 * Counts the rows of each table.
	 * @param url the database's JDBC URL, with the user
	 * @return the rows of each table, in {@link #TABLES} order
	 */
	static Map<String, Long> count(String url) throws SQLException {
		Map<String, Long> counts = new LinkedHashMap<>();
		try (Connection connection = MoveServers.connect(url); Statement statement = connection.createStatement()) {
			for (String table : TABLES) {
				try (ResultSet result = statement.executeQuery("SELECT count(*) FROM " + MODULE + "." + table)) {
					result.next();
					counts.put(table, result.getLong(1));
				}
			}
		}
		return counts;
	}

	private static void execute(String url, String... sql) throws SQLException {
		try (Connection connection = MoveServers.connect(url); Statement statement = connection.createStatement()) {
			for (String each : sql) {
				statement.execute(each);
			}
		}
	}

}
