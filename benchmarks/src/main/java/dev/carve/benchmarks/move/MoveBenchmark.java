package dev.carve.benchmarks.move;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.carve.benchmarks.Runs;
import dev.carve.benchmarks.move.SteadyWrites.Latencies;

/**
 * Moves the inventory module between two PostgreSQL servers four ways, each into a fresh
 * target database, and prints each figure beside its baseline from the same run: a raw
 * binary {@code COPY} pipe ({@link CopyPipe}, the baseline of the move),
 * {@code carve move inventory --exit-when-caught-up}, {@code carve verify inventory}
 * (against the move's time), and a move killed with SIGKILL partway through its copy and
 * run again to its end (against the uninterrupted move's time). Of the move, the snapshot
 * (as the command reports it: from the snapshot's export to the last key built) is
 * compared to the baselines by rows per second, as is the whole command, from its
 * process's start to its exit (schema creation and catch-up included). The source does
 * not change while it is moved. With several runs, the four take turns and each figure is
 * the median of its runs. On servers that come with a matching {@code pg_dump}, the
 * module is also moved with {@code pg_dump | pg_restore} ({@link DumpRestorePipe}), a
 * second baseline of the move.
 * <p>
 * Arguments ({@code --name=value}): {@code root} (the repository), {@code work} (data and
 * logs), {@code rows} (1000000, over all tables), {@code runs} (1), {@code kill-at} (0.5:
 * the share of the rows copied when the move is killed), {@code chunk-rows} (passed to
 * every {@code carve} command; its default without), {@code profile} (a directory: record
 * a JFR profile of every {@code carve} process that is not killed), {@code servers}
 * ({@code embedded}: the embedded PostgreSQL 17; {@code debian-15}: Debian's installed
 * PostgreSQL 15 and its {@code pg_dump}, see {@link MoveServers#start}),
 * {@code write-rate} (200 writes per second; 0 leaves the lag out) and {@code write-for}
 * (20s): the steady writes the change stream's lag is measured under
 * ({@link SteadyWrites}), with PostgreSQL's own logical replication as its baseline.
 */
public final class MoveBenchmark {

	/** The exit code of a {@code carve} command that did what it was asked. */
	static final int DONE = 0;

	/** What {@code carve move} prints once it streams. */
	private static final String STREAMING = "streaming changes";

	/** What {@code carve move} reports once its snapshot is copied and keyed. */
	private static final Pattern SNAPSHOT_LINE = Pattern
		.compile("copied the snapshot of \\S+: \\d+ rows in (\\d+\\.\\d+) s");

	private static final String SNAPSHOT_FIGURE = "carve move, its snapshot (copy and keys)";

	/** The writes before each lag is measured, which are not counted. */
	private static final Duration WARM_UP = Duration.ofSeconds(3);

	private MoveBenchmark() {
	}

	/**
	 * Runs the benchmark and exits: 0 once it printed its figures, 1 when a step failed
	 * (the in-JVM broker's threads would keep the JVM alive otherwise).
	 */
	public static void main(String[] args) {
		try {
			run(Runs.options(args));
			System.exit(0);
		}
		catch (Exception ex) {
			ex.printStackTrace();
			System.exit(1);
		}
	}

	private static void run(Map<String, String> options) throws Exception {
		Path work = Runs.work(options, "benchmarks/target/move");
		long rows = Long.parseLong(options.getOrDefault("rows", "1000000"));
		int runs = Integer.parseInt(options.getOrDefault("runs", "1"));
		double killAt = Double.parseDouble(options.getOrDefault("kill-at", "0.5"));
		List<String> chunkRows = options.containsKey("chunk-rows") ? List.of("--chunk-rows", options.get("chunk-rows"))
				: List.of();
		Path profile = options.containsKey("profile") ? Path.of(options.get("profile")).toAbsolutePath() : null;
		String serverKind = options.getOrDefault("servers", MoveServers.EMBEDDED);
		int writeRate = Integer.parseInt(options.getOrDefault("write-rate", "200"));
		Duration writeFor = Duration
			.ofSeconds(Long.parseLong(options.getOrDefault("write-for", "20s").replace("s", "")));
		Runs.emptyDirectory(work);
		try (MoveServers servers = MoveServers.start(work, serverKind)) {
			boolean dumps = servers.source().clients().isPresent();
			String source = servers.newSourceDatabase("shop");
			InventorySchema.create(source);
			System.out.printf("filling %s with %d rows%n", InventorySchema.MODULE, rows);
			Map<String, Long> tables = InventorySchema.fill(source, rows);
			long total = tables.values().stream().mapToLong(Long::longValue).sum();
			CarveCommands carve = new CarveCommands(Runs.root(options), work, profile, source, servers.kafka(),
					chunkRows);
			// A user's first move makes the launcher's start-up cache (ADR 32); every
			// measured command starts from it, as a user's later ones do.
			String warmUp = servers.newTargetDatabase("warm_up");
			System.out.printf("  carve move, not measured, for the launcher's start-up cache: %.2f s%n",
					carve.move("move-warm-up", warmUp, false).await(DONE));
			carve.abort("move-warm-up-abort", warmUp);
			Medians seconds = new Medians();
			for (int run = 1; run <= runs; run++) {
				System.out.printf("run %d of %d%n", run, runs);
				String copied = servers.newTargetDatabase("copied_" + run);
				InventorySchema.create(copied);
				long started = System.nanoTime();
				CopyPipe.copy(source, copied);
				seconds.add("copy", report("COPY pipe", (System.nanoTime() - started) / 1e9));
				requireAll(tables, copied);

				if (dumps) {
					String dumped = servers.newTargetDatabase("dumped_" + run);
					seconds.add("dump", report("pg_dump | pg_restore", DumpRestorePipe.copy(servers.source(), "shop",
							servers.target(), "dumped_" + run, work, "pg-dump-" + run)));
					requireAll(tables, dumped);
				}

				String moved = servers.newTargetDatabase("moved_" + run);
				CarveRun moving = carve.move("move-" + run, moved, true);
				seconds.add("move", report("carve move", moving.await(DONE)));
				seconds.add("snapshot", report("carve move, its snapshot", snapshotSeconds(moving.output())));
				requireAll(tables, moved);
				seconds.add("verify", report("carve verify", carve.verify("verify-" + run, moved).await(DONE)));
				carve.abort("move-" + run + "-abort", moved);

				String resumed = servers.newTargetDatabase("resumed_" + run);
				seconds.add("killed", killedAndRunAgain(carve, resumed, "move-killed-" + run, total, killAt));
				requireAll(tables, resumed);
				carve.abort("move-killed-" + run + "-abort", resumed);
			}
			Figure copy = Figure.baseline("COPY pipe, binary, table by table", total, seconds.of("copy"));
			Figure move = new Figure("carve move --exit-when-caught-up", total, seconds.of("move"), copy, true, null);
			Figure snapshot = new Figure(SNAPSHOT_FIGURE, total, seconds.of("snapshot"), copy, true, ">= 0.3x");
			List<Figure> figures = new ArrayList<>(List.of(copy, snapshot, move));
			if (dumps) {
				Figure dump = Figure.baseline("pg_dump -Fc -Z0 | pg_restore", total, seconds.of("dump"));
				figures.addAll(List.of(dump,
						new Figure(SNAPSHOT_FIGURE, total, seconds.of("snapshot"), dump, true, ">= 1.0x"),
						new Figure("carve move --exit-when-caught-up", total, seconds.of("move"), dump, true, null)));
			}
			// Verify's target is against the copy: the snapshot's copy and keys.
			figures.addAll(List.of(new Figure("carve verify", total, seconds.of("verify"), snapshot, false, "<= 1.0x"),
					new Figure("carve verify", total, seconds.of("verify"), move, false, null),
					new Figure("carve move killed, then run again", total, seconds.of("killed"), move, false,
							"<= 1.15x")));
			Report.print(System.out, tables, runs, figures,
					"Servers: " + serverKind + ". Logs of every command in " + work);
			if (writeRate > 0) {
				streamingLag(servers, carve, source, writeRate, writeFor);
			}
		}
	}

	/**
	 * The seconds {@code carve move} reports its snapshot took: from its export to the
	 * last key built in the target, without the command's start nor the schema's creation
	 * before, nor the change stream's catch-up after.
	 */
	static double snapshotSeconds(String log) {
		Matcher matcher = SNAPSHOT_LINE.matcher(log);
		if (!matcher.find()) {
			throw new IllegalStateException("carve move did not report its snapshot:\n" + log);
		}
		return Double.parseDouble(matcher.group(1));
	}

	private static double report(String what, double seconds) {
		System.out.printf("  %s: %.2f s%n", what, seconds);
		return seconds;
	}

	/**
	 * Moves into the target, kills the move with SIGKILL once it has copied a share of
	 * the rows, and runs it again to its end; prints when it copied its first chunk and
	 * when it was killed.
	 * @return the time until the kill plus the time of the second run, in seconds
	 */
	private static double killedAndRunAgain(CarveCommands carve, String target, String label, long rows, double killAt)
			throws Exception {
		try (CarveRun killed = carve.move(label, target, false); CopiedRows progress = new CopiedRows(target)) {
			double firstChunk = progress.await(1, killed);
			progress.await((long) (rows * killAt), killed);
			double killedAfter = killed.kill();
			System.out.printf(
					"  carve move: first chunk copied after %.2f s, killed after %.2f s with %d rows copied%n",
					firstChunk, killedAfter, progress.rows());
			double again = carve.move(label + "-again", target, true).await(DONE);
			System.out.printf("  carve move again: %.2f s to its end%n", again);
			return killedAfter + again;
		}
	}

	/**
	 * Measures the change stream's lag under steady writes to the marker row, first with
	 * PostgreSQL's own logical replication into a target with the schema, then with
	 * {@code carve move} streaming into a fresh target, each after a warm-up of
	 * {@link #WARM_UP}, and prints them ({@link LagReport}).
	 */
	private static void streamingLag(MoveServers servers, CarveCommands carve, String source, int rate,
			Duration duration) throws Exception {
		System.out.printf("writing %d rows/s for %d s, with PostgreSQL logical replication, then with carve move%n",
				rate, duration.toSeconds());
		SteadyWrites.addMarker(source);
		String subscribed = servers.newTargetDatabase("subscribed");
		InventorySchema.create(subscribed);
		SteadyWrites.addMarker(subscribed);
		Latencies replicated;
		try (NativeSubscription subscription = NativeSubscription.start(source, servers.source().conninfo("shop"),
				subscribed)) {
			SteadyWrites.measure(source, subscribed, rate, WARM_UP);
			replicated = SteadyWrites.measure(source, subscribed, rate, duration);
		}
		String streamed = servers.newTargetDatabase("streamed");
		Latencies moved;
		try (CarveRun move = carve.stream("move-streaming", streamed)) {
			move.awaitOutput(STREAMING);
			SteadyWrites.measure(source, streamed, rate, WARM_UP);
			moved = SteadyWrites.measure(source, streamed, rate, duration);
			move.stop();
		}
		carve.abort("move-streaming-abort", streamed);
		LagReport.print(System.out, rate, duration, replicated, moved);
	}

	/** Fails unless the target holds as many rows in each table as the source. */
	private static void requireAll(Map<String, Long> tables, String target) throws SQLException {
		Map<String, Long> counted = InventorySchema.count(target);
		if (!counted.equals(tables)) {
			throw new IllegalStateException(target + " holds " + counted + " rows, not " + tables);
		}
	}

}
