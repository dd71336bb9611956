package dev.carve.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.jspecify.annotations.Nullable;

/**
 * The copy step of {@code carve move}: copies the snapshot, or what an interrupted copy
 * left of it at a fresh snapshot, builds what is left of the target's keys and indexes,
 * marks the move as streaming, and reports how many rows it copied how fast, from the
 * snapshot's export to the last key built.
 *
 * @param module the module moved
 * @param slot the move's replication slot on the source
 * @param copy the copy, with its pace and parallelism
 */
record CopyStep(String module, SourceSlot slot, SnapshotCopy copy) {

	/**
	 * Runs the step.
	 * @param phase the move's phase before: {@code null} for a new move, or
	 * {@link MoveState.Phase#COPYING} for a copy that was interrupted
	 * @param facts the source's tables
	 * @param topicCreated the change topic's creation under way: the step ends once it is
	 * done
	 * @param sourceConnection the command's connection to the source, in auto-commit mode
	 * @param targetConnection the command's connection to the target, in auto-commit
	 * mode: the step's checks and its last steps use it (the copy has connections of its
	 * own)
	 * @throws CarveException {@link Carve#REFUSED} when the slot of an interrupted copy
	 * is gone: the changes made since its snapshot are lost
	 */
	void run(MoveState.@Nullable Phase phase, SchemaFacts facts, CompletableFuture<@Nullable Void> topicCreated,
			Connection sourceConnection, Connection targetConnection, Reporter reporter, PrintWriter out)
			throws Exception {
		long started = System.nanoTime();
		if (phase == MoveState.Phase.COPYING && this.slot.exists(sourceConnection)) {
			this.slot.freshSnapshot("copy", (snapshot, lsn) -> this.copy.copy(snapshot, lsn, facts.tables()));
		}
		else {
			requireNothingCopied(targetConnection);
			this.slot.create(facts.tables(), (snapshot, lsn) -> this.copy.copy(snapshot, lsn, facts.tables()));
		}
		Broker.await(topicCreated);
		KeysAfterCopy.putBack(targetConnection, this.module, null, out);
		MoveState.phase(targetConnection, this.module, MoveState.Phase.STREAMING);
		double seconds = (System.nanoTime() - started) / 1e9;
		long rows = this.copy.rows();
		reporter.report("snapshot-copied", Map.of("module", this.module, "rows", rows, "seconds", seconds),
				(text) -> text.printf(
						"copied the snapshot of %s: %d rows in %.2f s (%.0f rows/s), keys and indexes built%n",
						this.module, rows, seconds, rows / Math.max(seconds, 1e-9)));
	}

	/**
	 * Refuses to start the stream at a new slot when rows were copied at the snapshot of
	 * one that is gone: the changes made since are lost.
	 */
	private void requireNothingCopied(Connection target) throws SQLException {
		if (!"0".equals(MovePlan.single(target, "SELECT count(*) FROM " + MoveState.SCHEMA + ".copied WHERE module = '"
				+ this.module.replace("'", "''") + "'"))) {
			throw CarveException
				.refused("the replication slot " + new MoveNames(this.module).slot() + " of the interrupted move of "
						+ this.module + " is gone, so changes made since its" + " copy began are lost: run carve move "
						+ this.module + " --abort, drop the" + " target's schema " + this.module + " and move again");
		}
	}

}
