package dev.carve.benchmarks.move;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;

/**
 * Writes to the source at a fixed rate while a change stream carries the writes into a
 * target, and measures how long each write takes to appear there. Write {@code i} is one
 * transaction that sets the marker row's {@code version} to {@code i}
 * ({@code UPDATE inventory.stock … WHERE sku = 'LAG-MARKER'}); the writes are scheduled
 * at {@code start + i / rate}, whatever the previous one took. Another thread reads the
 * marker row in the target every millisecond: when it reads {@code version = v}, every
 * write up to {@code v} has appeared (a stream applies the source's transactions in
 * commit order). A write's lag is from the moment its commit returned on the source to
 * the first read that shows it, so it includes up to a millisecond of the reads' pace.
 * <p>
 * The writer commits with {@code synchronous_commit} on, as a server's default is: the
 * servers run with it off, and a change is decoded only once its WAL is flushed, which
 * without it the WAL writer does only every {@code wal_writer_delay} (200 ms), a wait
 * that would hide what the stream itself takes.
 */
final class SteadyWrites {

	/** The marker row's key in {@code inventory.stock}. */
	static final String MARKER = "LAG-MARKER";

	private static final String VERSION = "SELECT version FROM inventory.stock WHERE sku = '" + MARKER + "'";

	private static final long TIMEOUT_NANOS = Duration.ofMinutes(2).toNanos();

	private SteadyWrites() {
	}

	/**
	 * Adds the marker row to a database that has the inventory schema, with
	 * {@code version} 0.
	 * @param url the database's JDBC URL
	 */
	static void addMarker(String url) throws SQLException {
		try (Connection connection = MoveServers.connect(url);
				PreparedStatement insert = connection.prepareStatement("INSERT INTO inventory.stock (sku, on_hand,"
						+ " reserved, low_stock_threshold, version) VALUES (?, 0, 0, 0, 0)")) {
			insert.setString(1, MARKER);
			insert.executeUpdate();
		}
	}

	/**
	 * Writes at the rate for the time and waits until the last write appeared in the
	 * target.
	 * @param source the source database's JDBC URL, with the marker row
	 * @param target the target database's JDBC URL, where the stream brings the marker
	 * row and its changes
	 * @param rate the writes per second
	 * @param duration how long to write
	 * @return each write's commit time and lag, in milliseconds
	 * @throws IllegalStateException when the last write has not appeared two minutes
	 * after the writes were due to end
	 */
	static Latencies measure(String source, String target, int rate, Duration duration) throws Exception {
		int writes = (int) (rate * duration.toNanos() / 1_000_000_000L);
		long[] committed = new long[writes + 1];
		long[] appeared = new long[writes + 1];
		double[] commitMillis = new double[writes];
		try (Connection connection = MoveServers.connect(source);
				PreparedStatement update = connection
					.prepareStatement("UPDATE inventory.stock SET version = ? WHERE sku = '" + MARKER + "'");
				PreparedStatement read = connection.prepareStatement(VERSION)) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("SET synchronous_commit = on");
			}
			int base = version(read);
			long deadline = System.nanoTime() + duration.toNanos() + TIMEOUT_NANOS;
			CompletableFuture<Void> watched = CompletableFuture
				.runAsync(() -> watch(target, base, writes, appeared, deadline));
			long start = System.nanoTime();
			for (int write = 1; write <= writes; write++) {
				long due = start + (write - 1) * 1_000_000_000L / rate;
				for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
					LockSupport.parkNanos(wait);
				}
				long before = System.nanoTime();
				update.setInt(1, base + write);
				update.executeUpdate();
				committed[write] = System.nanoTime();
				commitMillis[write - 1] = (committed[write] - before) / 1e6;
			}
			watched.join();
		}
		double[] lagMillis = new double[writes];
		for (int write = 1; write <= writes; write++) {
			lagMillis[write - 1] = Math.max(0, appeared[write] - committed[write]) / 1e6;
		}
		return new Latencies(commitMillis, lagMillis);
	}

	/**
	 * Reads the marker row in the target every millisecond until the last write appears,
	 * recording when each write was first seen.
	 * @param base the marker's version before the first write
	 * @param deadline when to give up, in {@link System#nanoTime()}
	 */
	private static void watch(String target, int base, int writes, long[] appeared, long deadline) {
		try (Connection connection = MoveServers.connect(target);
				PreparedStatement read = connection.prepareStatement(VERSION)) {
			int seen = 0;
			while (seen < writes) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("Write " + (seen + 1) + " never appeared in " + target);
				}
				int version = Math.min(version(read) - base, writes);
				long now = System.nanoTime();
				if (version > seen) {
					Arrays.fill(appeared, seen + 1, version + 1, now);
					seen = version;
				}
				LockSupport.parkNanos(1_000_000);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int version(PreparedStatement read) throws SQLException {
		try (ResultSet result = read.executeQuery()) {
			return result.next() ? result.getInt(1) : 0;
		}
	}

	/**
	 * What the writes measured, in milliseconds.
	 *
	 * @param commit each write's commit on the source, from the statement's start until
	 * its commit returned
	 * @param lag each write's time from its commit until it appeared in the target
	 */
	record Latencies(double[] commit, double[] lag) {

		/** The writes measured. */
		int writes() {
			return this.commit.length;
		}

		/**
		 * A percentile of some measurements: the smallest that this share of them does
		 * not exceed.
		 * @param share between 0 and 1; 1 for the largest
		 */
		static double percentile(double[] values, double share) {
			double[] sorted = values.clone();
			Arrays.sort(sorted);
			int index = (int) Math.ceil(share * sorted.length) - 1;
			return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
		}

	}

}
