package dev.carve.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

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
		StockWriter writer = StockWriter.start(source, SKUS);
		try {
			CompletableFuture<CarveCli.Result> move = CompletableFuture
				.supplyAsync(() -> CarveCli.run(CarveCli.with(connections, "move", "inventory", "--exit-when-caught-up",
						"--chunk-rows", "200", "--throttle", "3000")));
			InventoryData.await(target,
					"SELECT count(*) FROM carve_move.copied WHERE table_name = 'stock' AND rows > 0 AND NOT done",
					() -> move.isDone() ? move.get().toString() : null);
			InventoryData.edit(source);
			TimeUnit.MILLISECONDS.sleep(300);
			assertThat(writer.stop()).as("writes made while moving").isPositive();
			CarveCli.Result moved = move.get(120, TimeUnit.SECONDS);
			assertThat(moved.exitCode()).as(moved.toString()).isEqualTo(Carve.DONE);
			assertThat(moved.out()).contains("created schema inventory in the target")
				.containsPattern("copied inventory.stock: \\d+ rows")
				.contains("caught up");

			CarveCli.Result continued = CarveCli
				.run(CarveCli.with(connections, "move", "inventory", "--exit-when-caught-up"));
			assertThat(continued.exitCode()).as(continued.toString()).isEqualTo(Carve.DONE);
			assertThat(continued.out()).contains("continuing the move of inventory").contains("caught up");

			InventoryData.assertMovedWithEdits(source, target);

			CarveCli.Result verified = CarveCli.run("verify", "inventory", "--source", source, "--target", target,
					"--chunk-rows", "500");
			assertThat(verified.exitCode()).as(verified.toString()).isEqualTo(Carve.DONE);
			assertThat(verified.out())
				.contains("inventory.stock: " + InventoryData.rows(source, "stock").size() + " rows compared")
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
			writer.close();
			CarveCli.Result aborted = CarveCli.run(CarveCli.with(connections, "move", "inventory", "--abort"));
			assertThat(aborted.exitCode()).as(aborted.toString()).isEqualTo(Carve.DONE);
		}
		assertThat(InventoryData.single(source,
				"SELECT count(*) FROM pg_replication_slots WHERE slot_name = 'carve_inventory'"))
			.isEqualTo("0");
		assertThat(
				InventoryData.single(source, "SELECT count(*) FROM pg_publication WHERE pubname = 'carve_inventory'"))
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

}
