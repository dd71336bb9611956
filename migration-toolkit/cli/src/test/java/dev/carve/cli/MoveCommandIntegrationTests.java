package dev.carve.cli;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code carve move} and {@code carve verify} of the inventory module between two real
 * PostgreSQL servers through a real Kafka broker, while the source keeps changing.
 */
class MoveCommandIntegrationTests {

	private static final int SKUS = 3000;

	@Test
	void movesInventoryWhileRowsKeepChangingAndVerifiesTheCopyEqual() throws Exception {
		String source = InventoryData.newSource(SKUS);
		String target = Servers.newTargetDatabase();
		String[] connections = { "--source", source, "--target", target, "--kafka", Servers.kafka() };
		AtomicBoolean writing = new AtomicBoolean(true);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		CompletableFuture<Integer> writer = CompletableFuture.supplyAsync(() -> write(source, writing), threads);
		try {
			CompletableFuture<CarveCli.Result> move = CompletableFuture.supplyAsync(() -> CarveCli.run(with(connections,
					"move", "inventory", "--exit-when-caught-up", "--chunk-rows", "200", "--throttle", "3000")));
			awaitStockPartlyCopied(target, move);
			InventoryData.execute(source, "UPDATE inventory.stock SET on_hand = 7 WHERE sku = 'SKU-000001'",
					"UPDATE inventory.stock SET on_hand = 9 WHERE sku = 'SKU-003000'",
					"DELETE FROM inventory.stock WHERE sku IN ('SKU-000002', 'SKU-002999')",
					"INSERT INTO inventory.stock (sku, on_hand, reserved, low_stock_threshold) "
							+ "VALUES ('SKU-999999', 3, 0, 1)");
			TimeUnit.MILLISECONDS.sleep(300);
			writing.set(false);
			assertThat(writer.get(30, TimeUnit.SECONDS)).as("writes made while moving").isPositive();
			CarveCli.Result moved = move.get(120, TimeUnit.SECONDS);
			assertThat(moved.exitCode()).as(moved.toString()).isEqualTo(Carve.DONE);
			assertThat(moved.out()).contains("created schema inventory in the target")
				.containsPattern("copied inventory.stock: \\d+ rows")
				.contains("caught up");

			CarveCli.Result continued = CarveCli.run(with(connections, "move", "inventory", "--exit-when-caught-up"));
			assertThat(continued.exitCode()).as(continued.toString()).isEqualTo(Carve.DONE);
			assertThat(continued.out()).contains("continuing the move of inventory").contains("caught up");

			assertThat(stock(target, "SKU-000001")).isEqualTo("7");
			assertThat(stock(target, "SKU-003000")).isEqualTo("9");
			assertThat(stock(target, "SKU-999999")).isEqualTo("3");
			assertThat(stock(target, "SKU-000002")).isNull();
			assertThat(stock(target, "SKU-002999")).isNull();
			for (String table : List.of("stock", "reservations", "reservation_lines", "outbox")) {
				assertThat(rows(target, table)).as(table).isEqualTo(rows(source, table));
			}

			CarveCli.Result verified = CarveCli.run("verify", "inventory", "--source", source, "--target", target,
					"--chunk-rows", "500");
			assertThat(verified.exitCode()).as(verified.toString()).isEqualTo(Carve.DONE);
			assertThat(verified.out()).contains("inventory.stock: " + rows(source, "stock").size() + " rows compared")
				.contains("equal");

			InventoryData.execute(target, "UPDATE inventory.stock SET on_hand = 1000 WHERE sku = 'SKU-001234'");
			CarveCli.Result different = CarveCli.run("verify", "inventory", "--source", source, "--target", target,
					"--chunk-rows", "500");
			assertThat(different.exitCode()).as(different.toString()).isEqualTo(Carve.DIFFERENT);
			assertThat(different.out()).contains("DIFFERENT: 1 key ranges differ")
				.containsPattern("inventory.stock keys \\(SKU-\\d+ \\.\\. SKU-\\d+\\]: source 500 rows, target 500"
						+ " rows, contents differ");
		}
		finally {
			writing.set(false);
			threads.shutdown();
			CarveCli.Result aborted = CarveCli.run(with(connections, "move", "inventory", "--abort"));
			assertThat(aborted.exitCode()).as(aborted.toString()).isEqualTo(Carve.DONE);
		}
		assertThat(single(source, "SELECT count(*) FROM pg_replication_slots WHERE slot_name = 'carve_inventory'"))
			.isEqualTo("0");
		assertThat(single(source, "SELECT count(*) FROM pg_publication WHERE pubname = 'carve_inventory'"))
			.isEqualTo("0");
	}

	@Test
	void reportsABrokerThatCannotBeReached() throws Exception {
		CarveCli.Result result = CarveCli.run("move", "inventory", "--source", InventoryData.newSource(10), "--target",
				Servers.newTargetDatabase(), "--kafka", "127.0.0.1:1");
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(Carve.UNREACHABLE);
		assertThat(result.err()).contains("cannot reach the Kafka broker at 127.0.0.1:1");
	}

	@Test
	void refusesATargetSchemaThatIsNotEmpty() throws Exception {
		String target = Servers.newTargetDatabase();
		InventoryData.execute(target, "CREATE SCHEMA inventory", "CREATE TABLE inventory.stock (sku text PRIMARY KEY)");
		CarveCli.Result result = CarveCli.run("move", "inventory", "--source", InventoryData.newSource(10), "--target",
				target, "--kafka", Servers.kafka());
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(Carve.REFUSED);
		assertThat(result.err()).contains("the target's schema inventory is not empty");
	}

	private static int write(String source, AtomicBoolean writing) {
		int writes = 0;
		try (Connection connection = Servers.connect(source); Statement statement = connection.createStatement()) {
			ThreadLocalRandom random = ThreadLocalRandom.current();
			while (writing.get()) {
				String sku = String.format("SKU-%06d", random.nextInt(10, SKUS - 10));
				switch (writes % 4) {
					case 0, 1 -> statement.execute("UPDATE inventory.stock SET on_hand = on_hand + 1, version = version"
							+ " + 1 WHERE sku = '" + sku + "'");
					case 2 -> statement.execute("INSERT INTO inventory.reservations (id, order_id, status, expires_at,"
							+ " created_at) VALUES (gen_random_uuid(), gen_random_uuid(), 'RESERVED', now(), now())");
					default -> statement.execute("DELETE FROM inventory.reservations WHERE id = (SELECT id FROM"
							+ " inventory.reservations ORDER BY random() LIMIT 1)");
				}
				writes++;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return writes;
	}

	private static void awaitStockPartlyCopied(String target, CompletableFuture<CarveCli.Result> move)
			throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (System.nanoTime() < deadline) {
			if (move.isDone()) {
				throw new AssertionError("The move ended before it copied inventory.stock: " + move.get());
			}
			try {
				if ("1".equals(single(target, "SELECT count(*) FROM carve_move.copied WHERE table_name = 'stock'"
						+ " AND rows > 0 AND NOT done"))) {
					return;
				}
			}
			catch (SQLException ex) {
				// The state tables do not exist yet.
			}
			TimeUnit.MILLISECONDS.sleep(10);
		}
		throw new AssertionError("The copy of inventory.stock did not start within a minute");
	}

	private static String stock(String url, String sku) throws SQLException {
		return single(url, "SELECT (SELECT on_hand FROM inventory.stock WHERE sku = '" + sku + "')::text");
	}

	private static List<String> rows(String url, String table) throws SQLException {
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

	private static String single(String url, String sql) throws SQLException {
		try (Connection connection = Servers.connect(url);
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
	}

	private static String[] with(String[] connections, String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.addAll(List.of(connections));
		return all.toArray(String[]::new);
	}

}
