package dev.carve.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
				.containsPattern(
						"copied the snapshot of inventory: \\d+ rows in \\d+\\.\\d\\d s \\(\\d+ rows/s\\), keys"
								+ " and indexes built")
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
	void aChangelogThatCannotBeReadEndsTheMoveBeforeAnythingIsWritten(@TempDir Path directory) throws Exception {
		Path changelog = directory.resolve("changelog.yaml");
		Files.writeString(changelog, "databaseChangeLog:\n  - changeSet: [ id: 1, author: carve\n");
		String target = Servers.newTargetDatabase();
		CarveCli.Result result = CarveCli.run("move", "inventory", "--changelog", changelog.toString(), "--source",
				InventoryData.newSource(10), "--target", target, "--kafka", Servers.kafka());
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(Carve.FAILED);
		assertThat(result.err()).contains("carve move failed", "changelog.yaml");
		assertThat(InventoryData.single(target,
				"SELECT count(*) FROM pg_namespace WHERE nspname IN ('inventory', 'carve_move')"))
			.as("schemas written to the target")
			.isEqualTo("0");
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

	@Test
	void replacesTheRowsOfTheModulesOldHomeOnlyWhileItsProcessHoldsItDormant() throws Exception {
		String source = InventoryData.newSource(300);
		// The module's old home: its tables as they were at a fence, and its process's
		// route.
		String target = InventoryData.newSource(40);
		InventoryData.execute(target, "CREATE SCHEMA carve_runtime",
				"CREATE TABLE carve_runtime.module_routes (module text PRIMARY KEY, route text NOT NULL)",
				"INSERT INTO carve_runtime.module_routes VALUES ('inventory', 'serving')");
		String[] connections = { "--source", source, "--target", target, "--kafka", Servers.kafka() };

		CarveCli.Result serving = CarveCli
			.run(CarveCli.with(connections, "move", "inventory", "--exit-when-caught-up", "--replace-target"));
		assertThat(serving.exitCode()).as(serving.toString()).isEqualTo(Carve.REFUSED);
		assertThat(serving.err())
			.contains("the target's process holds inventory serving, not dormant, so its tables there are written");
		assertThat(InventoryData.rows(target, "stock")).hasSize(40);

		InventoryData.execute(target, "UPDATE carve_runtime.module_routes SET route = 'dormant'");
		try {
			CarveCli.Result moved = CarveCli
				.run(CarveCli.with(connections, "move", "inventory", "--exit-when-caught-up", "--replace-target"));
			assertThat(moved.exitCode()).as(moved.toString()).isEqualTo(Carve.DONE);
			assertThat(moved.out()).contains("emptied the 5 tables of inventory in the target").contains("caught up");
			for (String table : List.of("stock", "reservations", "reservation_lines", "outbox", "inbox")) {
				assertThat(InventoryData.rows(target, table)).as(table).isEqualTo(InventoryData.rows(source, table));
			}
			CarveCli.Result verified = CarveCli.run("verify", "inventory", "--source", source, "--target", target);
			assertThat(verified.exitCode()).as(verified.toString()).isEqualTo(Carve.DONE);
		}
		finally {
			CarveCli.Result aborted = CarveCli.run(CarveCli.with(connections, "move", "inventory", "--abort"));
			assertThat(aborted.exitCode()).as(aborted.toString()).isEqualTo(Carve.DONE);
		}
	}

	@Test
	void refusesToBeginWhileTheSlotOfAnotherMoveOfTheModuleExistsAndWritesNothing() throws Exception {
		String source = InventoryData.newSource(10);
		String target = Servers.newTargetDatabase();
		InventoryData.execute(source, "SELECT pg_create_logical_replication_slot('carve_inventory', 'pgoutput')");
		try {
			CarveCli.Result result = CarveCli.run("move", "inventory", "--source", source, "--target", target,
					"--kafka", Servers.kafka());
			assertThat(result.exitCode()).as(result.toString()).isEqualTo(Carve.REFUSED);
			assertThat(result.err()).contains("the source already has the replication slot carve_inventory")
				.contains("carve move inventory --abort and that move's --target");
			assertThat(InventoryData.single(target,
					"SELECT count(*) FROM pg_namespace WHERE nspname IN ('inventory', 'carve_move')"))
				.as("schemas written to the target")
				.isEqualTo("0");
		}
		finally {
			InventoryData.execute(source, "SELECT pg_drop_replication_slot('carve_inventory')");
		}
	}

	@Test
	void refusesToMoveFromWhereAnEarlierMoveLeftItsState() throws Exception {
		String source = InventoryData.newSource(10);
		InventoryData.execute(source, "CREATE SCHEMA carve_move",
				"CREATE TABLE carve_move.moves (module text PRIMARY KEY, phase text NOT NULL)",
				"INSERT INTO carve_move.moves VALUES ('inventory', 'CUT_OVER')");
		CarveCli.Result result = CarveCli.run("move", "inventory", "--source", source, "--target",
				Servers.newTargetDatabase(), "--kafka", Servers.kafka());
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(Carve.REFUSED);
		assertThat(result.err())
			.contains("the source holds the state of the move that brought inventory there (cut_over)")
			.contains("carve move inventory --abort");
	}

}
