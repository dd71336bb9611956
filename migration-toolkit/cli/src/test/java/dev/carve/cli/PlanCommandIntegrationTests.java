package dev.carve.cli;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code carve plan} against real PostgreSQL servers and a real broker: what it shows and
 * every refusal, each with its exit code and what to do.
 */
class PlanCommandIntegrationTests {

	@Test
	void showsTablesKeysForeignKeysSequencesAndEventsThenTheNextSteps() throws Exception {
		String source = InventoryData.newSource(50);
		CarveCli.Result result = CarveCli.run("plan", "inventory", "--source", source, "--target",
				Servers.newTargetDatabase(), "--kafka", Servers.kafka());
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(Carve.DONE);
		assertThat(result.out()).containsPattern("inventory\\.stock +50 rows .*key \\(sku\\)")
			.containsPattern("inventory\\.reservation_lines +5 rows .*key \\(reservation_id, sku\\)")
			.containsPattern("inventory\\.outbox +1 rows .*key \\(id\\)")
			.doesNotContain("databasechangelog")
			.contains("Tables: 5, 61 rows")
			.contains("reservation_lines_reservation: inventory.reservation_lines -> inventory.reservations")
			.contains("outbox_id_seq (last value 1)")
			.contains("Events waiting in the outbox: 1")
			.contains("carve move inventory");
	}

	@Test
	void takesConnectionsFromTheEnvironmentAndNeverPrintsThePassword() throws Exception {
		String source = InventoryData.newSource(10);
		CarveCli.Result result = CarveCli.run(Map.of("CARVE_SOURCE_URL", source, "CARVE_SOURCE_USER", "postgres",
				"CARVE_SOURCE_PASSWORD", "s3cret-source", "CARVE_TARGET_URL",
				Servers.newTargetDatabase() + "&password=s3cret-in-url", "CARVE_TARGET_PASSWORD", "s3cret-target"),
				"plan", "inventory");
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(Carve.DONE);
		assertThat(result.out()).contains("from      " + source).contains("password=***");
		assertThat(result.toString()).doesNotContain("s3cret");
	}

	@Test
	void refusesAForeignKeyThatCrossesTheSchema() throws Exception {
		String source = InventoryData.newSource(10);
		InventoryData.execute(source, "CREATE SCHEMA orders", "CREATE TABLE orders.orders (id uuid PRIMARY KEY)",
				"ALTER TABLE inventory.reservations ADD CONSTRAINT reservations_order "
						+ "FOREIGN KEY (order_id) REFERENCES orders.orders (id) NOT VALID");
		CarveCli.Result result = plan(source);
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(Carve.REFUSED);
		assertThat(result.err()).contains(
				"foreign key reservations_order: inventory.reservations -> orders.orders crosses the schema's border")
			.contains("reference the other module by id only");
	}

	@Test
	void refusesAViewThatCrossesTheSchema() throws Exception {
		String source = InventoryData.newSource(10);
		InventoryData.execute(source, "CREATE SCHEMA reports",
				"CREATE VIEW reports.stock_levels AS SELECT sku, on_hand FROM inventory.stock");
		CarveCli.Result result = plan(source);
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(Carve.REFUSED);
		assertThat(result.err())
			.contains("view reports.stock_levels reads inventory.stock crosses the schema's border");
	}

	@Test
	void refusesATableWithoutAPrimaryKey() throws Exception {
		String source = InventoryData.newSource(10);
		InventoryData.execute(source, "CREATE TABLE inventory.stock_history (sku varchar(32), on_hand int)");
		CarveCli.Result result = plan(source);
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(Carve.REFUSED);
		assertThat(result.err()).contains("table inventory.stock_history has no primary key")
			.contains("add a primary key");
	}

	@Test
	void refusesASourceWithoutLogicalDecoding() throws Exception {
		String source = Servers.newTargetDatabase();
		InventoryData.execute(source, "CREATE SCHEMA inventory",
				"CREATE TABLE inventory.stock (sku varchar(32) PRIMARY KEY)");
		CarveCli.Result result = plan(source);
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(Carve.REFUSED);
		assertThat(result.err()).contains("wal_level is replica on the source, not logical")
			.contains("set wal_level = logical");
	}

	@Test
	void refusesATargetSchemaThatIsNotEmpty() throws Exception {
		String source = InventoryData.newSource(10);
		String target = Servers.newTargetDatabase();
		InventoryData.execute(target, "CREATE SCHEMA inventory", "CREATE TABLE inventory.stock (sku text PRIMARY KEY)");
		CarveCli.Result result = CarveCli.run("plan", "inventory", "--source", source, "--target", target);
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(Carve.REFUSED);
		assertThat(result.err()).contains("the target's schema inventory is not empty (1 tables)")
			.contains("DROP SCHEMA inventory CASCADE");
	}

	@Test
	void refusesAnUnknownModuleAsAUsageError() {
		CarveCli.Result result = CarveCli.run("plan", "invoicing", "--source", "jdbc:postgresql://127.0.0.1:1/x",
				"--target", "jdbc:postgresql://127.0.0.1:1/y");
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(Carve.USAGE);
		assertThat(result.err()).contains("Unknown module invoicing")
			.contains("identity, catalog, inventory, orders, payments, notifications")
			.contains("--changelog FILE");
	}

	@Test
	void reportsADatabaseThatCannotBeReached() {
		CarveCli.Result result = CarveCli.run("plan", "inventory", "--source", "jdbc:postgresql://127.0.0.1:1/shop",
				"--target", Servers.newTargetDatabase());
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(Carve.UNREACHABLE);
		assertThat(result.err()).contains("cannot reach the source database at jdbc:postgresql://127.0.0.1:1/shop")
			.contains("--source");
	}

	@Test
	void reportsABrokerThatCannotBeReached() throws Exception {
		CarveCli.Result result = CarveCli.run("plan", "inventory", "--source", InventoryData.newSource(10), "--target",
				Servers.newTargetDatabase(), "--kafka", "127.0.0.1:1");
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(Carve.UNREACHABLE);
		assertThat(result.err()).contains("cannot reach the Kafka broker at 127.0.0.1:1").contains("--kafka");
	}

	@Test
	void asksForTheConnectionsItNeeds() {
		CarveCli.Result result = CarveCli.run("plan", "inventory");
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(Carve.USAGE);
		assertThat(result.err()).contains("Missing --source (or the environment variable CARVE_SOURCE_URL)");
	}

	private static CarveCli.Result plan(String source) {
		return CarveCli.run("plan", "inventory", "--source", source, "--target", Servers.newTargetDatabase());
	}

}
