package dev.carve.benchmarks.move;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The {@code carve} commands of a run, each started with the run's source and broker
 * through {@link CarveRun}.
 *
 * @param root the repository
 * @param work the run's directory, for the logs
 * @param profile where to record JFR profiles, or {@code null}
 * @param source the source database's JDBC URL
 * @param kafka the broker's bootstrap address
 * @param chunkRows {@code --chunk-rows} and its value, or nothing
 */
record CarveCommands(Path root, Path work, @Nullable Path profile, String source, String kafka,
		List<String> chunkRows) {

	/**
	 * {@code carve move} to the end.
	 * @param profiled whether it records a profile when the benchmark profiles: not the
	 * warm-up, whose run makes the launcher's AOT cache (a cache recorded with JFR's
	 * module is refused by every run without it), nor a move to be killed
	 */
	CarveRun move(String label, String target, boolean profiled) throws Exception {
		return run(label, profiled ? this.profile : null, withChunkRows("move", InventorySchema.MODULE,
				"--exit-when-caught-up", "--target", target, "--kafka", this.kafka));
	}

	/**
	 * {@code carve move} that goes on streaming until it is stopped; profiled.
	 */
	CarveRun stream(String label, String target) throws Exception {
		return run(label, this.profile,
				withChunkRows("move", InventorySchema.MODULE, "--target", target, "--kafka", this.kafka));
	}

	/** {@code carve verify}, profiled. */
	CarveRun verify(String label, String target) throws Exception {
		return run(label, this.profile, withChunkRows("verify", InventorySchema.MODULE, "--target", target));
	}

	/**
	 * {@code carve move --abort} to its end: the source's slot and publication and the
	 * topic go.
	 */
	void abort(String label, String target) throws Exception {
		run(label, null, List.of("move", InventorySchema.MODULE, "--abort", "--target", target, "--kafka", this.kafka))
			.await(MoveBenchmark.DONE);
	}

	private List<String> withChunkRows(String... args) {
		List<String> command = new ArrayList<>(List.of(args));
		command.addAll(this.chunkRows);
		return command;
	}

	private CarveRun run(String label, @Nullable Path profile, List<String> args) throws Exception {
		List<String> command = new ArrayList<>(args);
		command.addAll(List.of("--source", this.source));
		return CarveRun.start(this.root, this.work, label, profile, command);
	}

}
