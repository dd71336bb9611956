package dev.carve.cli;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ChunkPipe} between two real PostgreSQL servers: a composite text and integer key
 * with a quote in it, NULLs, bytes and a generated column arrive as they were, chunk by
 * chunk, the last chunk known as last without an empty one after it; a table read to its
 * end leaves the source connection ready for the next.
 */
class ChunkPipeIntegrationTests {

	private static final String TABLE = """
			CREATE SCHEMA shop;
			CREATE TABLE shop.lines (
				region text NOT NULL, line integer NOT NULL, note text, payload bytea,
				doubled integer GENERATED ALWAYS AS (line * 2) STORED,
				PRIMARY KEY (region, line))""";

	private static final Keyset LINES = new Keyset("shop", "lines", List.of("region", "line"));

	@Test
	void copiesEveryRowInKeyOrderChunkByChunk() throws Exception {
		String source = source(5);
		String target = target();
		try (Connection from = inTransaction(source);
				Connection to = inTransaction(target);
				ChunkPipe pipe = ChunkPipe.open(from, to, LINES, null)) {
			List<ChunkPipe.Chunk> chunks = new ArrayList<>();
			for (ChunkPipe.Chunk chunk = null; chunk == null || chunk.lastKey() != null;) {
				chunk = pipe.copy(2);
				to.commit();
				chunks.add(chunk);
			}

			assertThat(chunks).containsExactly(new ChunkPipe.Chunk(List.of("north's", "3"), 2),
					new ChunkPipe.Chunk(List.of("south", "2"), 2), new ChunkPipe.Chunk(null, 1));
		}
		assertThat(lines(target, "t::text")).isEqualTo(lines(source, "t::text")).hasSize(5);
		assertThat(InventoryData.single(target, "SELECT count(*) FROM shop.lines WHERE note IS NULL")).isEqualTo("3");
	}

	@Test
	void aChunkThatEndsWithTheTableIsItsLast() throws Exception {
		String source = source(4);
		String target = target();
		try (Connection from = inTransaction(source);
				Connection to = inTransaction(target);
				ChunkPipe pipe = ChunkPipe.open(from, to, LINES, null)) {
			assertThat(pipe.copy(2)).isEqualTo(new ChunkPipe.Chunk(List.of("north's", "3"), 2));
			assertThat(pipe.copy(2)).isEqualTo(new ChunkPipe.Chunk(null, 2));
			to.commit();
		}
		assertThat(lines(target, "t::text")).isEqualTo(lines(source, "t::text")).hasSize(4);
	}

	@Test
	void anEmptyTableIsOneEmptyLastChunk() throws Exception {
		try (Connection from = inTransaction(source(0));
				Connection to = inTransaction(target());
				ChunkPipe pipe = ChunkPipe.open(from, to, LINES, null)) {
			assertThat(pipe.copy(10)).isEqualTo(new ChunkPipe.Chunk(null, 0));
		}
	}

	@Test
	void startsAfterAKeyAndLeavesItsConnectionReadyForTheNextTable() throws Exception {
		String source = source(6);
		String target = target();
		String other = target();
		try (Connection from = inTransaction(source);
				Connection to = inTransaction(target);
				Connection next = inTransaction(other)) {
			try (ChunkPipe pipe = ChunkPipe.open(from, to, LINES, List.of("north's", "1"))) {
				assertThat(pipe.copy(2)).isEqualTo(new ChunkPipe.Chunk(List.of("north's", "5"), 2));
				assertThat(pipe.copy(10)).isEqualTo(new ChunkPipe.Chunk(null, 3));
				to.commit();
			}
			try (ChunkPipe pipe = ChunkPipe.open(from, next, LINES, List.of("south", "4"))) {
				assertThat(pipe.copy(5)).isEqualTo(new ChunkPipe.Chunk(null, 1));
				next.commit();
			}
		}
		assertThat(lines(target, "region || ' ' || line")).containsExactly("north's 3", "north's 5", "south 2",
				"south 4", "south 6");
		assertThat(lines(other, "region || ' ' || line")).containsExactly("south 6");
	}

	/**
	 * A source with rows: keys ("north's", 1), ("north's", 3), … then ("south", 2), …;
	 * every other row with a note and bytes.
	 */
	private static String source(int rows) throws SQLException {
		String url = Servers.newSourceDatabase();
		InventoryData.execute(url, TABLE);
		for (int i = 0; i < rows; i++) {
			String region = (i < 3) ? "'north''s'" : "'south'";
			int line = (i < 3) ? 2 * i + 1 : 2 * (i - 3) + 2;
			String extra = (i % 2 == 0) ? "NULL, NULL" : "'seen ' || " + i + ", '\\x00ff'::bytea";
			InventoryData.execute(url, "INSERT INTO shop.lines (region, line, note, payload) VALUES (" + region + ", "
					+ line + ", " + extra + ")");
		}
		return url;
	}

	/** An expression of each row of a table, in key order. */
	private static List<String> lines(String url, String expression) throws SQLException {
		List<String> lines = new ArrayList<>();
		try (Connection connection = Servers.connect(url);
				ResultSet result = connection.createStatement()
					.executeQuery("SELECT " + expression + " FROM shop.lines t ORDER BY region, line")) {
			while (result.next()) {
				lines.add(result.getString(1));
			}
		}
		return lines;
	}

	private static String target() throws SQLException {
		String url = Servers.newTargetDatabase();
		InventoryData.execute(url, TABLE);
		return url;
	}

	private static Connection inTransaction(String url) throws SQLException {
		Connection connection = Servers.connect(url);
		connection.setAutoCommit(false);
		return connection;
	}

}
