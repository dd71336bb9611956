package dev.carve.benchmarks.move;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.carve.benchmarks.Runs;

/**
 * Moves the inventory module between two PostgreSQL servers four ways in one run, each
 * into a fresh target database, and prints each figure beside its baseline: a raw binary
 * {@code COPY} pipe ({@link CopyPipe}, the baseline of the move),
 * {@code carve move inventory --exit-when-caught-up}, {@code carve verify inventory}
 * (against the move's time), and a move killed with SIGKILL partway through its copy and
 * run again to its end (against the uninterrupted move's time). The source does not
 * change while it is moved.
 * <p>
 * Arguments ({@code --name=value}): {@code root} (the repository), {@code work} (data and
 * logs), {@code rows} (1000000, over all tables), {@code kill-at} (0.5: the share of the
 * rows copied when the move is killed), {@code chunk-rows} (passed to every {@code carve}
 * command; its default without), {@code profile} (a directory: record a JFR profile of
 * every {@code carve} process that is not killed).
 */
public final class MoveBenchmark {

	/** The exit code of a {@code carve} command that did what it was asked. */
	static final int DONE = 0;

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
		Path root = Runs.root(options);
		Path work = Runs.work(options, "benchmarks/target/move");
		long rows = Long.parseLong(options.getOrDefault("rows", "1000000"));
		double killAt = Double.parseDouble(options.getOrDefault("kill-at", "0.5"));
		List<String> chunkRows = options.containsKey("chunk-rows") ? List.of("--chunk-rows", options.get("chunk-rows"))
				: List.of();
		Path profile = options.containsKey("profile") ? Path.of(options.get("profile")).toAbsolutePath() : null;
		Runs.emptyDirectory(work);
		try (MoveServers servers = MoveServers.start(work)) {
			String source = servers.newSourceDatabase("shop");
			InventorySchema.create(source);
			System.out.printf("filling %s with %d rows%n", InventorySchema.MODULE, rows);
			Map<String, Long> tables = InventorySchema.fill(source, rows);
			CarveCommands carve = new CarveCommands(root, work, profile, source, servers.kafka(), chunkRows);
			List<Figure> figures = new ArrayList<>();

			String copied = servers.newTargetDatabase("copied");
			InventorySchema.create(copied);
			System.out.println("copying with a COPY pipe");
			long started = System.nanoTime();
			long total = CopyPipe.copy(source, copied);
			Figure copy = Figure.baseline("COPY pipe, binary, table by table", total,
					(System.nanoTime() - started) / 1e9);
			figures.add(requireAll(tables, copied, copy));

			String moved = servers.newTargetDatabase("moved");
			System.out.println("moving with carve move");
			double moveSeconds = carve.move("move", moved, false).await(DONE);
			Figure move = new Figure("carve move --exit-when-caught-up", total, moveSeconds, copy, true, null);
			figures.add(requireAll(tables, moved, move));
			System.out.println("verifying with carve verify");
			figures
				.add(new Figure("carve verify", total, carve.verify("verify", moved).await(DONE), move, false, null));
			carve.abort("move-abort", moved);

			String resumed = servers.newTargetDatabase("resumed");
			figures.add(requireAll(tables, resumed, killedAndRunAgain(carve, resumed, total, killAt, move)));
			Report.print(System.out, tables, figures, "Logs of every command in " + work);
		}
	}

	/**
	 * Moves into the target, kills the move with SIGKILL once it has copied a share of
	 * the rows, and runs it again to its end; prints when it copied its first chunk and
	 * when it was killed.
	 * @return the figure: the time until the kill and the time of the second run
	 */
	private static Figure killedAndRunAgain(CarveCommands carve, String target, long rows, double killAt, Figure move)
			throws Exception {
		System.out.printf("moving with carve move, killed once %.0f %% of the rows are copied%n", killAt * 100);
		CarveRun killed = carve.move("move-killed", target, true);
		try (CopiedRows progress = new CopiedRows(target)) {
			double firstChunk = progress.await(1, killed);
			progress.await((long) (rows * killAt), killed);
			double killedAfter = killed.kill();
			System.out.printf("first chunk copied after %.2f s; killed after %.2f s with %d rows copied%n", firstChunk,
					killedAfter, progress.rows());
			double again = carve.move("move-resumed", target, false).await(DONE);
			System.out.printf("run again to its end in %.2f s%n", again);
			return new Figure("carve move killed, then run again", rows, killedAfter + again, move, false, "<= 1.15x");
		}
	}

	/** The figure, once the target holds as many rows in each table as the source. */
	private static Figure requireAll(Map<String, Long> tables, String target, Figure figure) throws SQLException {
		Map<String, Long> counted = InventorySchema.count(target);
		if (!counted.equals(tables)) {
			throw new IllegalStateException(figure.name() + " left " + counted + " rows, not " + tables);
		}
		return figure;
	}

}
