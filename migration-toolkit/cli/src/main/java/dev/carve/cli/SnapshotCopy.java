package dev.carve.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

import org.jspecify.annotations.Nullable;

/**
 * Copies a module's tables as they were at one exported snapshot, in primary-key chunks
 * ({@link ChunkPipe}: binary {@code COPY} from the source piped into the target). Each
 * chunk is written in one target transaction with its progress in {@link MoveState}.
 */
final class SnapshotCopy {

	private final Database source;

	private final Database target;

	private final String module;

	private final int chunkRows;

	private final long throttle;

	private final PrintWriter out;

	/**
	 * @param chunkRows rows per chunk
	 * @param throttle the most rows per second to copy, or 0 for no limit
	 */
	SnapshotCopy(Database source, Database target, String module, int chunkRows, long throttle, PrintWriter out) {
		this.source = source;
		this.target = target;
		this.module = module;
		this.chunkRows = chunkRows;
		this.throttle = throttle;
		this.out = out;
	}

	/** Untyped text parameters: the server reads each into its column's type. */
	static Properties untyped() {
		Properties properties = new Properties();
		properties.setProperty("stringtype", "unspecified");
		return properties;
	}

	/**
	 * Copies what is not copied yet of the tables: a table from the key after its last
	 * copied chunk, recording that these keys are copied at this snapshot
	 * ({@link CopySnapshots}).
	 * @param snapshot the exported snapshot to read
	 * @param lsn the snapshot's consistent point
	 * @param tables the module's tables
	 */
	void copy(String snapshot, long lsn, List<SchemaFacts.Table> tables) throws SQLException, InterruptedException {
		try (Connection from = this.source.connect(untyped()); Connection to = this.target.connectForWriting()) {
			SourceSlot.importSnapshot(from, snapshot);
			to.setAutoCommit(false);
			for (SchemaFacts.Table table : tables) {
				MoveState.Copied copied = MoveState.copied(to, this.module, table.name());
				if (copied.done()) {
					continue;
				}
				CopySnapshots.record(to, this.module, table.name(), copied.lastKey(), lsn);
				to.commit();
				if (copied.lastKey() != null) {
					this.out.println("resuming the copy of " + this.module + "." + table.name() + " after key ("
							+ String.join(", ", copied.lastKey()) + ")");
				}
				copy(from, to, new Keyset(this.module, table.name(), table.primaryKey()), copied.lastKey());
			}
			from.commit();
		}
	}

	private void copy(Connection from, Connection to, Keyset keyset, @Nullable List<String> after)
			throws SQLException, InterruptedException {
		ChunkPipe pipe = new ChunkPipe(from, to, keyset);
		List<String> lastKey = after;
		long copied = 0;
		long started = System.nanoTime();
		while (true) {
			ChunkPipe.Chunk chunk = pipe.copy(lastKey, this.chunkRows);
			boolean done = chunk.lastKey() == null;
			MoveState.copied(to, this.module, keyset.table(), chunk.lastKey(), chunk.rows(), done);
			to.commit();
			copied += chunk.rows();
			pace(copied, started);
			if (done) {
				break;
			}
			lastKey = chunk.lastKey();
		}
		double seconds = Math.max(System.nanoTime() - started, 1) / 1e9;
		this.out.printf("copied %s: %d rows (%.0f rows/s)%n", keyset.qualified().replace("\"", ""), copied,
				copied / seconds);
	}

	private void pace(long copied, long started) throws InterruptedException {
		if (this.throttle > 0) {
			long due = started + copied * 1_000_000_000L / this.throttle;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
			}
		}
	}

}
