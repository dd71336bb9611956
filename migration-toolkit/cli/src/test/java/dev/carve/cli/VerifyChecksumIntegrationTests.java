package dev.carve.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code carve verify} of a module that is not the shop's, between the two real servers
 * without a move: each side's rows checksummed by their columns' hash functions, or by
 * their text where a column's type has none (here {@code point}); equal rows compare
 * equal either way, and a change to any column is found and named by its key range.
 */
class VerifyChecksumIntegrationTests {

	private static final String[] SCHEMA = { "CREATE SCHEMA gadgets",
			"CREATE TABLE gadgets.parts (id uuid PRIMARY KEY, price numeric(12, 2) NOT NULL, tags text[],"
					+ " details jsonb, made timestamptz NOT NULL)",
			"CREATE TABLE gadgets.spots (id bigint PRIMARY KEY, at point NOT NULL, label text)",
			"INSERT INTO gadgets.parts SELECT ('00000000-0000-0000-0000-' || lpad(i::text, 12, '0'))::uuid, i * 1.25,"
					+ " ARRAY['t' || i, 'u'], jsonb_build_object('n', i, 'name', 'part ' || i),"
					+ " timestamptz '2026-01-01 00:00:00+00' + i * interval '1 minute' FROM generate_series(1, 250) i",
			"INSERT INTO gadgets.spots SELECT i, point(i, -i), CASE WHEN i % 3 = 0 THEN NULL ELSE 'spot ' || i END"
					+ " FROM generate_series(1, 250) i" };

	@Test
	void comparesByHashesOrByTextAndNamesWhatDiffers(@TempDir Path directory) throws Exception {
		String source = Servers.newSourceDatabase();
		String target = Servers.newTargetDatabase();
		InventoryData.execute(source, SCHEMA);
		InventoryData.execute(target, SCHEMA);
		Path changelog = Files.writeString(directory.resolve("changelog.yaml"), "databaseChangeLog: []\n");
		String[] verify = { "verify", "gadgets", "--changelog", changelog.toString(), "--source", source, "--target",
				target, "--chunk-rows", "100" };

		CarveCli.Result equal = CarveCli.run(verify);
		assertThat(equal.exitCode()).as(equal.toString()).isEqualTo(Carve.DONE);
		assertThat(equal.out()).contains("gadgets.parts: 250 rows compared\n")
			.contains("gadgets.spots: 250 rows compared (as text: a column's type has no hash function on a side)")
			.contains("equal: every table of gadgets has the same rows in the source and the target");

		InventoryData.execute(target,
				"UPDATE gadgets.parts SET tags = ARRAY['t42', 'v'] WHERE id = '00000000-0000-0000-0000-000000000042'",
				"UPDATE gadgets.parts SET details = details || '{\"n\": 0}'"
						+ " WHERE id = '00000000-0000-0000-0000-000000000142'",
				"UPDATE gadgets.spots SET at = point(201, 0) WHERE id = 201", "DELETE FROM gadgets.spots WHERE id = 7");
		CarveCli.Result different = CarveCli.run(verify);
		assertThat(different.exitCode()).as(different.toString()).isEqualTo(Carve.DIFFERENT);
		assertThat(different.out()).contains("DIFFERENT: 4 key ranges differ")
			.contains("gadgets.parts keys start .. 00000000-0000-0000-0000-000000000100]: source 100 rows, target 100"
					+ " rows, contents differ")
			.contains(
					"gadgets.parts keys (00000000-0000-0000-0000-000000000100 .. 00000000-0000-0000-0000-000000000200]:"
							+ " source 100 rows, target 100 rows, contents differ")
			.contains("gadgets.spots keys start .. 100]: source 100 rows, target 99 rows")
			.contains("gadgets.spots keys (200 .. end]: source 50 rows, target 50 rows, contents differ");
	}

}
