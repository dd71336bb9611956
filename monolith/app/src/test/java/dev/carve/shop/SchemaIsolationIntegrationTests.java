package dev.carve.shop;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each module owns one schema and nothing in the database ties two schemas together, so a
 * module's tables can move to another database as they are.
 */
@ShopIntegrationTest
class SchemaIsolationIntegrationTests {

	private static final List<String> MODULES = List.of("identity", "catalog", "inventory", "orders", "payments",
			"notifications");

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void noForeignKeyCrossesSchemas() {
		List<Map<String, Object>> crossing = this.jdbc
			.queryForList("SELECT c.conname, src.nspname AS from_schema, dst.nspname AS to_schema"
					+ " FROM pg_constraint c JOIN pg_class sc ON sc.oid = c.conrelid"
					+ " JOIN pg_namespace src ON src.oid = sc.relnamespace JOIN pg_class dc ON dc.oid = c.confrelid"
					+ " JOIN pg_namespace dst ON dst.oid = dc.relnamespace"
					+ " WHERE c.contype = 'f' AND src.nspname <> dst.nspname");
		assertThat(crossing).isEmpty();
	}

	@Test
	void noViewReadsAnotherSchema() {
		List<Map<String, Object>> crossing = this.jdbc.queryForList(
				"SELECT DISTINCT v.view_schema, v.view_name, v.table_schema FROM information_schema.view_table_usage v"
						+ " WHERE v.view_schema <> v.table_schema AND v.view_schema NOT IN ('pg_catalog', 'information_schema')");
		assertThat(crossing).isEmpty();
	}

	@Test
	void everyModuleHasItsSchemaWithItsOwnMigrationHistoryAndEventTables() {
		for (String module : MODULES) {
			List<String> tables = this.jdbc.queryForList(
					"SELECT table_name FROM information_schema.tables WHERE table_schema = ?", String.class, module);
			assertThat(tables).as(module).contains("databasechangelog", "outbox", "inbox");
		}
		assertThat(this.jdbc.queryForList(
				"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'", String.class))
			.as("nothing lands in the public schema")
			.isEmpty();
	}

	@Test
	void theCheckCanFail() {
		this.jdbc.execute("CREATE SCHEMA IF NOT EXISTS probe_a");
		this.jdbc.execute("CREATE SCHEMA IF NOT EXISTS probe_b");
		this.jdbc.execute("CREATE TABLE probe_a.parent (id int PRIMARY KEY)");
		this.jdbc.execute("CREATE TABLE probe_b.child (id int PRIMARY KEY, parent int REFERENCES probe_a.parent(id))");
		try {
			assertThat(this.jdbc
				.queryForObject("SELECT count(*) FROM pg_constraint c JOIN pg_class sc ON sc.oid = c.conrelid"
						+ " JOIN pg_namespace src ON src.oid = sc.relnamespace JOIN pg_class dc ON dc.oid = c.confrelid"
						+ " JOIN pg_namespace dst ON dst.oid = dc.relnamespace"
						+ " WHERE c.contype = 'f' AND src.nspname <> dst.nspname", Integer.class))
				.isEqualTo(1);
		}
		finally {
			this.jdbc.execute("DROP SCHEMA probe_b CASCADE");
			this.jdbc.execute("DROP SCHEMA probe_a CASCADE");
		}
	}

}
