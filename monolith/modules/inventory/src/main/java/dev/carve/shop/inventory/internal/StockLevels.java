package dev.carve.shop.inventory.internal;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The {@code inventory.stock} table. Counters change only through conditional updates, so
 * concurrent callers never take {@code reserved} above {@code on_hand}; the table's check
 * constraint guards the same rule.
 */
@Component
public class StockLevels {

	private static final String COLUMNS = "sku, on_hand, reserved, low_stock_threshold";

	private static final RowMapper<StockLevel> MAPPER = (rs, row) -> new StockLevel(rs.getString(1), rs.getInt(2),
			rs.getInt(3), rs.getInt(4));

	private final JdbcTemplate jdbc;

	StockLevels(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The stock of a SKU, if it has ever been set. */
	public Optional<StockLevel> find(String sku) {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM inventory.stock WHERE sku = ?", MAPPER, sku)
			.stream()
			.findFirst();
	}

	/**
	 * Sets the units on hand of a SKU, creating its stock if needed.
	 * @param threshold a new low-stock threshold, or {@code null} to keep the current one
	 * (or use {@code defaultThreshold} for a new SKU)
	 * @return the stock after the change, and whether this call created it; empty when
	 * more units are reserved than {@code onHand}, and then nothing changed
	 */
	public Optional<StockSetting> set(String sku, int onHand, @Nullable Integer threshold, int defaultThreshold) {
		// Every change of a row counts up its version, so only a row just inserted has 0.
		return this.jdbc
			.query("INSERT INTO inventory.stock (" + COLUMNS + ") VALUES (?, ?, 0, ?)"
					+ " ON CONFLICT (sku) DO UPDATE SET on_hand = EXCLUDED.on_hand,"
					+ " low_stock_threshold = COALESCE(CAST(? AS integer), stock.low_stock_threshold),"
					+ " version = stock.version + 1 WHERE stock.reserved <= EXCLUDED.on_hand RETURNING " + COLUMNS
					+ ", version = 0", (rs, row) -> new StockSetting(MAPPER.mapRow(rs, row), rs.getBoolean(5)), sku,
					onHand, (threshold != null) ? threshold : defaultThreshold, threshold)
			.stream()
			.findFirst();
	}

	/**
	 * What setting a SKU's stock did.
	 *
	 * @param stock the stock after the change
	 * @param created whether the SKU had no stock before
	 */
	public record StockSetting(StockLevel stock, boolean created) {
	}

	/**
	 * Reserves units of a SKU if that many are available.
	 * @return the stock after the change; empty when fewer units are available (or the
	 * SKU has no stock), and then nothing changed
	 */
	public Optional<StockLevel> reserve(String sku, int quantity) {
		return this.jdbc
			.query("UPDATE inventory.stock SET reserved = reserved + ?, version = version + 1"
					+ " WHERE sku = ? AND on_hand - reserved >= ? RETURNING " + COLUMNS, MAPPER, quantity, sku,
					quantity)
			.stream()
			.findFirst();
	}

	/** Makes reserved units available again. */
	public void unreserve(String sku, int quantity) {
		change("reserved = reserved - ?", sku, quantity);
	}

	/** Takes reserved units out of stock for good. */
	public void remove(String sku, int quantity) {
		change("on_hand = on_hand - ?, reserved = reserved - ?", sku, quantity, quantity);
	}

	/** Puts units back on hand. */
	public void restock(String sku, int quantity) {
		change("on_hand = on_hand + ?", sku, quantity);
	}

	private void change(String assignments, String sku, Integer... quantities) {
		Object[] arguments = new Object[quantities.length + 1];
		System.arraycopy(quantities, 0, arguments, 0, quantities.length);
		arguments[quantities.length] = sku;
		int updated = this.jdbc
			.update("UPDATE inventory.stock SET " + assignments + ", version = version + 1 WHERE sku = ?", arguments);
		if (updated != 1) {
			throw new IllegalStateException("No stock row for SKU " + sku);
		}
	}

}
