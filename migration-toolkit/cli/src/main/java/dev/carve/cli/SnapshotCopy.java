package dev.carve.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

/**
 * Copies a module's tables as they were at one exported snapshot, in primary-key chunks
 * ({@link ChunkPipe}: one binary {@code COPY} of a table from the source, piped into one
 * {@code COPY} per chunk in the target). Each chunk is written in one target transaction
 * with its progress in {@link MoveState}. Several tables are copied at once, the largest
 * first, each by a worker with its own pair of connections in the same snapshot; a worker
 * that finishes a table builds its keys and indexes ({@link KeysAfterCopy}) while the
 * others go on copying.
 */
final class SnapshotCopy {

	private final Database source;

	private final Database target;

	private final String module;

	private final int chunkRows;

	private final long throttle;

	private final int jobs;

	private final PrintWriter out;

	private final AtomicLong copied = new AtomicLong();

	private long started;

	/**
	 * The tables copied whose own keys and indexes are built; the workers take turns on
	 * it to build the foreign keys between them.
	 */
	private final Set<String> keyed = new HashSet<>();

	/** Set when a worker failed: the others stop after the chunk they copy. */
	private volatile boolean stopping;

	/**
	 * @param chunkRows rows per chunk
	 * @param throttle the most rows per second to copy, all tables together, or 0 for no
	 * limit
	 * @param jobs how many tables to copy at once
	 */
	SnapshotCopy(Database source, Database target, String module, int chunkRows, long throttle, int jobs,
			PrintWriter out) {
		this.source = source;
		this.target = target;
		this.module = module;
		this.chunkRows = chunkRows;
		this.throttle = throttle;
		this.jobs = jobs;
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
	 * ({@link CopySnapshots}); then builds the keys and indexes of each table copied.
	 * @param snapshot the exported snapshot to read
	 * @param lsn the snapshot's consistent point
	 * @param tables the module's tables
	 */
	void copy(String snapshot, long lsn, List<SchemaFacts.Table> tables) throws SQLException, InterruptedException {
		BlockingQueue<SchemaFacts.Table> pending = new LinkedBlockingQueue<>(
				tables.stream().sorted(Comparator.comparingLong(SchemaFacts.Table::bytes).reversed()).toList());
		this.started = System.nanoTime();
		this.copied.set(0);
		this.keyed.clear();
		this.stopping = false;
		int workers = Math.max(1, Math.min(this.jobs, tables.size()));
		try (ExecutorService executor = Executors.newFixedThreadPool(workers)) {
			CompletionService<@Nullable Void> done = new ExecutorCompletionService<>(executor);
			for (int i = 0; i < workers; i++) {
				done.submit(() -> {
					copyEach(snapshot, lsn, pending);
					return null;
				});
			}
			try {
				for (int i = 0; i < workers; i++) {
					Futures.result(done.take());
				}
			}
			finally {
				// Set before the executor waits for the others: when one failed, they
				// stop
				// after the chunk they copy.
				this.stopping = true;
			}
		}
	}

	/** One worker: copies tables from the queue until it is empty. */
	private void copyEach(String snapshot, long lsn, BlockingQueue<SchemaFacts.Table> pending)
			throws SQLException, InterruptedException {
		try (Connection from = this.source.connect(untyped()); Connection to = this.target.connectForWriting()) {
			SourceSlot.importSnapshot(from, snapshot);
			for (SchemaFacts.Table table = pending.poll(); table != null && !this.stopping; table = pending.poll()) {
				to.setAutoCommit(false);
				MoveState.Copied copied = MoveState.copied(to, this.module, table.name());
				if (!copied.done()) {
					CopySnapshots.record(to, this.module, table.name(), copied.lastKey(), lsn);
					to.commit();
					if (copied.lastKey() != null) {
						this.out.println("resuming the copy of " + this.module + "." + table.name() + " after key ("
								+ String.join(", ", copied.lastKey()) + ")");
					}
					if (!copy(from, to, new Keyset(this.module, table.name(), table.primaryKey()), copied.lastKey())) {
						return;
					}
				}
				to.setAutoCommit(true);
				KeysAfterCopy.putBack(to, this.module, table.name(), this.out);
				synchronized (this.keyed) {
					this.keyed.add(table.name());
					KeysAfterCopy.putBackForeignKeys(to, this.module, this.keyed, this.out);
				}
			}
			from.commit();
		}
	}

	/**
	 * Copies a table's rows after a key, chunk by chunk.
	 * @return whether the table is copied; {@code false} when another worker failed first
	 */
	private boolean copy(Connection from, Connection to, Keyset keyset, @Nullable List<String> after)
			throws SQLException, InterruptedException {
		long copied = 0;
		long started = System.nanoTime();
		try (ChunkPipe pipe = ChunkPipe.open(from, to, keyset, after)) {
			while (true) {
				ChunkPipe.Chunk chunk = pipe.copy(this.chunkRows);
				boolean done = chunk.lastKey() == null;
				MoveState.copied(to, this.module, keyset.table(), chunk.lastKey(), chunk.rows(), done);
				to.commit();
				copied += chunk.rows();
				pace(chunk.rows());
				if (done) {
					break;
				}
				if (this.stopping) {
					return false;
				}
			}
		}
		double seconds = Math.max(System.nanoTime() - started, 1) / 1e9;
		this.out.printf("copied %s: %d rows (%.0f rows/s)%n", keyset.qualified().replace("\"", ""), copied,
				copied / seconds);
		return true;
	}

	/** The rows the last {@link #copy} copied, all tables together. */
	long rows() {
		return this.copied.get();
	}

	/** Waits while the tables together were copied faster than the throttle allows. */
	private void pace(long rows) throws InterruptedException {
		long copied = this.copied.addAndGet(rows);
		if (this.throttle > 0) {
			long due = this.started + copied * 1_000_000_000L / this.throttle;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
			}
		}
	}

}
