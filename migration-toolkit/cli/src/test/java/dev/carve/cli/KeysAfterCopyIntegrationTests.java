package dev.carve.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link KeysAfterCopy} on inventory's tables in a real PostgreSQL database: the tables
 * lose every key and index, and get each back as it was, also after a crash half-way
 * through.
 */
class KeysAfterCopyIntegrationTests {

	private static final List<String> TABLES = List.of("inbox", "outbox", "reservation_lines", "reservations", "stock");

	@Test
	void takesOffEveryKeyAndIndexAndBuildsWhatACrashLeftUnbuilt() throws Exception {
		String url = inventory();
		List<String> before = InventoryData.keysAndIndexes(url);
		try (Connection connection = Servers.connect(url)) {
			int taken = KeysAfterCopy.takeOff(connection, "inventory", TABLES);

			assertThat(taken).isGreaterThanOrEqualTo(10);
			assertThat(InventoryData.single(url,
					"SELECT count(*) FROM pg_index x JOIN pg_class t"
							+ " ON t.oid = x.indrelid WHERE t.relnamespace = 'inventory'::regnamespace"
							+ " AND t.relname NOT LIKE 'databasechangelog%'"))
				.as("indexes left on the tables")
				.isEqualTo("0");
			assertThat(InventoryData.single(url, "SELECT count(*) FROM pg_constraint c JOIN pg_class t"
					+ " ON t.oid = c.conrelid WHERE t.relnamespace = 'inventory'::regnamespace AND c.contype <> 'c'"
					+ " AND c.contype <> 'n' AND t.relname NOT LIKE 'databasechangelog%'"))
				.as("keys left on the tables")
				.isEqualTo("0");
			InventoryData.execute(url, "INSERT INTO inventory.stock (sku, on_hand, reserved, low_stock_threshold)"
					+ " SELECT 'SKU-' || i, 5, 0, 1 FROM generate_series(1, 1000) i");
			// A crash after the first build and before it was forgotten.
			InventoryData.execute(url, InventoryData.single(url,
					"SELECT ddl FROM carve_move.keys_after_copy WHERE module = 'inventory' ORDER BY position LIMIT 1"));

			StringWriter lines = new StringWriter();
			KeysAfterCopy.putBack(connection, "inventory", "reservation_lines", new PrintWriter(lines, true));
			assertThat(lines.toString()).containsPattern(
					"built 1 key or index of inventory.reservation_lines in the target \\(\\d+\\.\\d s\\)");
			assertThat(InventoryData.single(url,
					"SELECT string_agg(conname, ',') FROM pg_constraint"
							+ " WHERE conrelid = 'inventory.reservation_lines'::regclass AND contype IN ('p', 'f')"))
				.as("its key, not yet its foreign key to reservations")
				.isEqualTo("reservation_lines_pk");

			StringWriter out = new StringWriter();
			KeysAfterCopy.putBack(connection, "inventory", null, new PrintWriter(out, true));

			assertThat(out.toString()).containsPattern(
					"built " + (taken - 2) + " keys and indexes of inventory in the target \\(\\d+\\.\\d s\\)");
			assertThat(InventoryData.keysAndIndexes(url)).isEqualTo(before);
			assertThat(InventoryData.single(url, "SELECT count(*) FROM carve_move.keys_after_copy")).isEqualTo("0");
			StringWriter again = new StringWriter();
			KeysAfterCopy.putBack(connection, "inventory", null, new PrintWriter(again, true));
			assertThat(again.toString()).as("a second time").isEmpty();
		}
	}

	@Test
	void buildsAForeignKeyOnceTheTablesAtBothItsEndsAreKeyed() throws Exception {
		String url = inventory();
		try (Connection connection = Servers.connect(url)) {
			KeysAfterCopy.takeOff(connection, "inventory", TABLES);
			KeysAfterCopy.putBack(connection, "inventory", "reservation_lines", new PrintWriter(new StringWriter()));
			StringWriter early = new StringWriter();

			KeysAfterCopy.putBackForeignKeys(connection, "inventory", Set.of("reservation_lines", "stock"),
					new PrintWriter(early, true));

			assertThat(early.toString()).as("reservations not keyed yet").isEmpty();
			KeysAfterCopy.putBack(connection, "inventory", "reservations", new PrintWriter(new StringWriter()));
			StringWriter both = new StringWriter();
			KeysAfterCopy.putBackForeignKeys(connection, "inventory", Set.of("reservation_lines", "reservations"),
					new PrintWriter(both, true));

			assertThat(both.toString())
				.containsPattern("built 1 foreign key between tables of inventory in the target \\(\\d+\\.\\d s\\)");
			assertThat(InventoryData.single(url,
					"SELECT string_agg(conname, ',' ORDER BY conname) FROM pg_constraint"
							+ " WHERE conrelid = 'inventory.reservation_lines'::regclass AND contype IN ('p', 'f')"))
				.isEqualTo("reservation_lines_pk,reservation_lines_reservation");
		}
	}

	@Test
	void buildsTheForeignKeysOfAMoveBegunBeforeTheirTablesWereRecordedAtTheEnd() throws Exception {
		String url = inventory();
		List<String> before = InventoryData.keysAndIndexes(url);
		try (Connection connection = Servers.connect(url)) {
			KeysAfterCopy.takeOff(connection, "inventory", TABLES);
			InventoryData.execute(url, "ALTER TABLE carve_move.keys_after_copy DROP COLUMN referenced");
			for (String table : TABLES) {
				KeysAfterCopy.putBack(connection, "inventory", table, new PrintWriter(new StringWriter()));
			}
			StringWriter early = new StringWriter();
			KeysAfterCopy.putBackForeignKeys(connection, "inventory", Set.copyOf(TABLES), new PrintWriter(early, true));
			assertThat(early.toString()).isEmpty();

			StringWriter last = new StringWriter();
			KeysAfterCopy.putBack(connection, "inventory", null, new PrintWriter(last, true));

			assertThat(last.toString()).contains("built 1 key or index of inventory in the target");
			assertThat(InventoryData.keysAndIndexes(url)).isEqualTo(before);
		}
	}

	@Test
	void aRowCopiedTwiceFailsTheBuildOfItsKeyNamingTheKey() throws Exception {
		String url = inventory();
		try (Connection connection = Servers.connect(url)) {
			KeysAfterCopy.takeOff(connection, "inventory", TABLES);
			InventoryData.execute(url,
					"INSERT INTO inventory.stock (sku, on_hand, reserved, low_stock_threshold) VALUES ('SKU-7', 5, 0, 1)",
					"INSERT INTO inventory.stock (sku, on_hand, reserved, low_stock_threshold) VALUES ('SKU-7', 5, 0, 1)");

			assertThatExceptionOfType(SQLException.class).isThrownBy(
					() -> KeysAfterCopy.putBack(connection, "inventory", "stock", new PrintWriter(new StringWriter())))
				.withMessageContaining("stock_pk")
				.withMessageContaining("(sku)=(SKU-7)");
		}
	}

	private static String inventory() throws Exception {
		String url = Servers.newTargetDatabase();
		try (Connection connection = Servers.connect(url)) {
			SchemaCreation.create(connection, ShopModules.changelog("inventory", null));
		}
		return url;
	}

}
