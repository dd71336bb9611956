package dev.carve.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code carve move <module>}: creates the module's schema in the target, copies a
 * consistent snapshot and streams the changes made since through Kafka into the target.
 * Run again after a stop or a crash, it continues: while copying, from the last chunk
 * copied (the rest at a fresh snapshot, see {@link CopySnapshots}); while streaming, from
 * the last source transaction applied.
 */
@Command(name = "move", mixinStandardHelpOptions = true,
		description = { "Moves a module's schema into the target and keeps it up to date.", "",
				"Creates the schema in the target from the module's changelog, copies the tables",
				"as of one consistent snapshot (in primary-key chunks), then streams every change",
				"from the source's logical decoding through Kafka into the target, until stopped",
				"or, with --exit-when-caught-up, until the target has caught up. Run it again to",
				"continue after a stop or a crash (copying or streaming); --abort removes the slot,",
				"the publication and the topic." })
final class MoveCommand implements Callable<Integer> {

	@Mixin
	ModuleArgument module = new ModuleArgument();

	@Option(names = "--exit-when-caught-up",
			description = "Exit once the copy is done and the target has applied every change made before.")
	boolean exitWhenCaughtUp;

	@Option(names = "--abort",
			description = "Remove the move's replication slot, publication, topic and state; keep the target's tables.")
	boolean abort;

	@Option(names = "--chunk-rows", paramLabel = "ROWS", defaultValue = "10000",
			description = "Rows per copied chunk (default ${DEFAULT-VALUE}).")
	int chunkRows;

	@Option(names = "--throttle", paramLabel = "ROWS/S", defaultValue = "0",
			description = "The most rows per second to copy; 0 for no limit (default).")
	long throttle;

	@Mixin
	Connections connections = new Connections();

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		ShopModules.Changelog changelog = this.module.changelog();
		PrintWriter out = this.spec.commandLine().getOut();
		Database source = this.connections.source();
		Database target = this.connections.target();
		Broker broker = this.connections.kafka();
		broker.check();
		MoveNames names = new MoveNames(this.module.name);
		SourceSlot slot = new SourceSlot(source, names);
		if (this.abort) {
			return abort(slot, target, broker, names, out);
		}
		SchemaFacts facts;
		MoveState.Phase phase;
		try (Connection sourceConnection = source.connect(); Connection targetConnection = target.connect()) {
			phase = MoveState.phase(targetConnection, this.module.name);
			MovePlan plan = MovePlan.read(sourceConnection, targetConnection, this.module.name);
			facts = plan.source();
			if (phase == null) {
				plan.requireMet();
				MoveState.create(targetConnection);
				MoveState.phase(targetConnection, this.module.name, MoveState.Phase.COPYING);
				SchemaCreation.create(targetConnection, changelog);
				out.println("created schema " + this.module.name + " in the target from " + changelog);
			}
			else if (phase == MoveState.Phase.COPYING) {
				MoveState.create(targetConnection);
				out.println("resuming the copy of " + this.module.name
						+ ": chunks copied before stay, the rest is copied at a fresh snapshot");
			}
			else {
				MoveState.create(targetConnection);
				out.println("continuing the move of " + this.module.name + " from the last change applied");
			}
		}
		if (phase != MoveState.Phase.STREAMING) {
			new ChangeTopic(broker, names).create();
			SnapshotCopy copy = new SnapshotCopy(source, target, this.module.name, this.chunkRows, this.throttle, out);
			if (phase == MoveState.Phase.COPYING && slot.exists()) {
				slot.freshSnapshot("copy", (snapshot, lsn) -> copy.copy(snapshot, lsn, facts.tables()));
			}
			else {
				requireNothingCopied(target);
				slot.create(facts.tables(), (snapshot, lsn) -> copy.copy(snapshot, lsn, facts.tables()));
			}
			try (Connection targetConnection = target.connect()) {
				MoveState.phase(targetConnection, this.module.name, MoveState.Phase.STREAMING);
			}
		}
		Map<String, List<String>> keys = facts.tables()
			.stream()
			.collect(Collectors.toMap(SchemaFacts.Table::name, SchemaFacts.Table::primaryKey));
		try (ChangeStream stream = ChangeStream.start(source, target, broker, names, keys)) {
			if (!this.exitWhenCaughtUp) {
				out.println("streaming changes; stop with Ctrl-C, run again to continue");
				out.flush();
				stream.await();
				return Carve.DONE;
			}
			stream.awaitCaughtUp(slot);
			slot.copySequences(target, this.module.name);
			out.printf("caught up: %d source transactions applied in this run%n", stream.appliedTransactions());
		}
		return Carve.DONE;
	}

	/**
	 * Refuses to start the stream at a new slot when rows were copied at the snapshot of
	 * one that is gone: the changes made since are lost.
	 */
	private void requireNothingCopied(Database target) throws SQLException {
		try (Connection connection = target.connect()) {
			if (!"0".equals(MovePlan.single(connection, "SELECT count(*) FROM " + MoveState.SCHEMA
					+ ".copied WHERE module = '" + this.module.name.replace("'", "''") + "'"))) {
				throw CarveException.refused("the replication slot " + new MoveNames(this.module.name).slot()
						+ " of the interrupted move of " + this.module.name + " is gone, so changes made since its"
						+ " copy began are lost: run carve move " + this.module.name + " --abort, drop the"
						+ " target's schema " + this.module.name + " and move again");
			}
		}
	}

	private int abort(SourceSlot slot, Database target, Broker broker, MoveNames names, PrintWriter out)
			throws SQLException {
		slot.drop();
		new ChangeTopic(broker, names).delete();
		try (Connection connection = target.connect()) {
			MoveState.forget(connection, this.module.name);
		}
		out.println("aborted the move of " + this.module.name + ": removed slot " + names.slot() + ", publication "
				+ names.publication() + " and topic " + names.topic() + "; the target's schema " + this.module.name
				+ " is left as it is");
		return Carve.DONE;
	}

}
