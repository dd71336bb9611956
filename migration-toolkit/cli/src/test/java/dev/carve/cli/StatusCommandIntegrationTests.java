package dev.carve.cli;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code carve status}, and the progress {@code carve move --json} streams, for a real
 * move of the inventory module between two PostgreSQL servers through a real broker.
 */
class StatusCommandIntegrationTests {

	@Test
	void showsAMoveAsItStreamsAsTextAndAsJson() throws Exception {
		String source = InventoryData.newSource(400);
		String target = Servers.newTargetDatabase();
		String[] connections = { "--source", source, "--target", target };
		try {
			CarveCli.Result moved = CarveCli.run("move", "inventory", "--json", "--exit-when-caught-up", "--throttle",
					"600", "--chunk-rows", "50", "--progress-every", "150ms", "--source", source, "--target", target,
					"--kafka", Servers.kafka());
			assertThat(moved.exitCode()).as(moved.toString()).isEqualTo(Carve.DONE);
			List<JsonNode> events = JsonOutput.lines(moved.out());
			assertThat(events).extracting((event) -> event.get("event").asString())
				.contains("message", "progress")
				.last()
				.isEqualTo("caught-up");
			assertThat(events).filteredOn((event) -> event.get("event").asString().equals("progress"))
				.anySatisfy((progress) -> {
					assertThat(progress.get("phase").asString()).isEqualTo("COPYING");
					assertThat(progress.get("tables")).isNotEmpty();
					assertThat(progress.get("throughput").get("rowsPerSecond").asDouble()).isPositive();
				});
			assertThat(events).anySatisfy((event) -> assertThat(event.path("message").asString())
				.startsWith("copied inventory.stock: 400 rows"));
			assertThat(events).filteredOn((event) -> event.get("event").asString().equals("snapshot-copied"))
				.singleElement()
				.satisfies((snapshot) -> {
					assertThat(snapshot.get("module").asString()).isEqualTo("inventory");
					assertThat(snapshot.get("rows").asLong()).isGreaterThanOrEqualTo(400);
					assertThat(snapshot.get("seconds").asDouble()).isPositive();
				});

			InventoryData.execute(source, "UPDATE inventory.stock SET on_hand = 1 WHERE sku = 'SKU-000001'");
			CarveCli.Result status = CarveCli
				.run(with(connections, "status", "inventory", "--json", "--sample", "200ms"));
			assertThat(status.exitCode()).as(status.toString()).isEqualTo(Carve.DONE);
			assertThat(status.out().lines().toList()).as(status.toString()).hasSize(1);
			JsonNode document = JsonOutput.document(status.out());
			assertThat(document.get("event").asString()).isEqualTo("status");
			assertThat(document.get("phase").asString()).isEqualTo("STREAMING");
			JsonNode stock = JsonOutput.table(document, "stock");
			assertThat(stock.get("copied").asLong()).isEqualTo(400);
			assertThat(stock.get("rows").asLong()).isEqualTo(400);
			assertThat(stock.get("done").asBoolean()).isTrue();
			assertThat(document.get("slot").get("name").asString()).isEqualTo("carve_inventory");
			assertThat(document.get("slot").get("active").asBoolean()).isFalse();
			assertThat(document.get("slot").get("retainedBytes").asLong()).isPositive();
			assertThat(document.get("lagBytes").asLong()).as("the update is not applied yet").isPositive();
			assertThat(document.get("appliedLsn").asString()).matches("[0-9A-F]+/[0-9A-F]+");

			CarveCli.Result text = CarveCli.run(with(connections, "status", "inventory", "--sample", "100ms"));
			assertThat(text.exitCode()).as(text.toString()).isEqualTo(Carve.DONE);
			assertThat(text.out()).contains("Move of inventory: streaming")
				.containsPattern("inventory\\.stock +400 of +400 rows copied, done")
				.containsPattern("lag +[\\d.]+ k?B of WAL behind; last change applied .* ago, at source LSN")
				.containsPattern("slot +carve_inventory, inactive, retains [\\d.]+ [kM]?B of WAL");

			CarveCli.Result watched = CarveCli
				.run(with(connections, "status", "inventory", "--json", "--watch", "1", "--count", "2"));
			assertThat(watched.exitCode()).as(watched.toString()).isEqualTo(Carve.DONE);
			assertThat(JsonOutput.lines(watched.out())).extracting((event) -> event.get("event").asString())
				.containsExactly("status", "status");

			CarveCli.Result none = CarveCli.run("status", "inventory", "--source", source, "--target",
					Servers.newTargetDatabase(), "--sample", "10ms");
			assertThat(none.exitCode()).as(none.toString()).isEqualTo(Carve.DONE);
			assertThat(none.out()).contains("No move of inventory is under way");
		}
		finally {
			CarveCli.Result aborted = CarveCli
				.run(with(connections, "move", "inventory", "--abort", "--kafka", Servers.kafka()));
			assertThat(aborted.exitCode()).as(aborted.toString()).isEqualTo(Carve.DONE);
		}
	}

	@Test
	void refusesAModuleTheSourceDoesNotHave() throws Exception {
		CarveCli.Result result = CarveCli.run("status", "nothing", "--source", Servers.newSourceDatabase(), "--target",
				Servers.newTargetDatabase());
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(Carve.REFUSED);
		assertThat(result.err()).contains("the source has no schema nothing");
	}

	private static String[] with(String[] connections, String... args) {
		return java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(connections))
			.toArray(String[]::new);
	}

}
