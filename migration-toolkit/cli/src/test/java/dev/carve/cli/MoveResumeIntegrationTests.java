package dev.carve.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code carve move} killed with SIGKILL while it copies and again while it streams, run
 * again each time, and {@code carve verify} while the source keeps changing: the built
 * jar as a process, two real PostgreSQL servers and a real Kafka broker.
 */
class MoveResumeIntegrationTests {

	private static final int SKUS = 3000;

	private static final int KILLED = 128 + 9;

	@Test
	void resumesAfterKillsWhileCopyingAndStreamingAndVerifiesWhileRowsKeepChanging() throws Exception {
		String source = InventoryData.newSource(SKUS);
		String target = Servers.newTargetDatabase();
		String[] connections = { "--source", source, "--target", target, "--kafka", Servers.kafka() };
		String[] verify = CarveCli.with(new String[] { "--source", source, "--target", target }, "verify", "inventory",
				"--chunk-rows", "500");
		StockWriter writer = StockWriter.start(source, SKUS);
		try {
			try (CarveJar copying = CarveJar
				.start(CarveCli.with(connections, "move", "inventory", "--chunk-rows", "200", "--throttle", "2000"))) {
				InventoryData.await(target,
						"SELECT count(*) FROM carve_move.copied WHERE table_name = 'stock' AND rows > 0 AND NOT done",
						() -> copying.isAlive() ? null : copying.output());
				assertThat(copying.kill()).as("killed while copying").isEqualTo(KILLED);
			}
			InventoryData.edit(source);

			try (CarveJar resumed = CarveJar
				.start(CarveCli.with(connections, "move", "inventory", "--chunk-rows", "200"))) {
				InventoryData.await(target,
						"SELECT count(*) FROM carve_move.moves WHERE phase = 'STREAMING' AND applied_lsn > 0",
						() -> resumed.isAlive() ? null : resumed.output());
				assertThat(resumed.kill()).as("killed while streaming").isEqualTo(KILLED);
				assertThat(resumed.output()).contains("resuming the copy of inventory: chunks copied before stay")
					.containsPattern("resuming the copy of inventory.stock after key \\(SKU-\\d+\\)");
			}

			try (CarveJar streaming = CarveJar.start(CarveCli.with(connections, "move", "inventory"))) {
				InventoryData.await(source,
						"SELECT count(*) FROM pg_replication_slots WHERE slot_name = 'carve_inventory' AND active",
						() -> streaming.isAlive() ? null : streaming.output());
				CarveCli.Result equal = CarveCli.run(verify);
				assertThat(equal.exitCode()).as(equal + streaming.output()).isEqualTo(Carve.DONE);
				assertThat(equal.out())
					.containsPattern("comparing at source LSN [0-9A-F]+/[0-9A-F]+, which the target has applied up to")
					.contains("equal");

				InventoryData.execute(target, "UPDATE inventory.stock SET on_hand = 1000 WHERE sku = 'SKU-000005'");
				CarveCli.Result different = CarveCli.run(verify);
				assertThat(different.exitCode()).as(different + streaming.output()).isEqualTo(Carve.DIFFERENT);
				assertThat(different.out()).contains("comparing at source LSN")
					.contains("DIFFERENT: 1 key ranges differ")
					.containsPattern("inventory.stock keys start \\.\\. SKU-\\d+\\]: source 500 rows, target 500"
							+ " rows, contents differ");
				InventoryData.execute(target, "UPDATE inventory.stock SET on_hand = 100 WHERE sku = 'SKU-000005'");
				assertThat(writer.stop()).as("writes made while moving").isPositive();
				assertThat(streaming.kill()).as("killed while streaming").isEqualTo(KILLED);
			}

			CarveCli.Result caughtUp = CarveCli
				.run(CarveCli.with(connections, "move", "inventory", "--exit-when-caught-up"));
			assertThat(caughtUp.exitCode()).as(caughtUp.toString()).isEqualTo(Carve.DONE);
			assertThat(caughtUp.out()).contains("continuing the move of inventory").contains("caught up");
			InventoryData.assertMovedWithEdits(source, target);
			CarveCli.Result verified = CarveCli.run(verify);
			assertThat(verified.exitCode()).as(verified.toString()).isEqualTo(Carve.DONE);
			assertThat(verified.out()).contains("no move streams into the target now").contains("equal");
		}
		finally {
			writer.close();
			CarveCli.Result aborted = CarveCli.run(CarveCli.with(connections, "move", "inventory", "--abort"));
			assertThat(aborted.exitCode()).as(aborted.toString()).isEqualTo(Carve.DONE);
		}
	}

}
