package dev.carve.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code carve move <module>}: creates the module's schema in the target, copies a
 * consistent snapshot and streams the changes made since through Kafka into the target.
 * Run again after a stop or a crash, it continues: while copying, from the last chunk
 * copied (the rest at a fresh snapshot, see {@link CopySnapshots}); while streaming, from
 * the last source transaction applied.
 */
@Command(name = "move", mixinStandardHelpOptions = true,
		description = { "Moves a module's schema into the target and keeps it up to date.", "",
				"Creates the schema in the target from the module's changelog, copies the tables "
						+ "as of one consistent snapshot (in primary-key chunks), then streams every change "
						+ "from the source's logical decoding through Kafka into the target, until stopped "
						+ "or, with --exit-when-caught-up, until the target has caught up. Run it again to "
						+ "continue after a stop or a crash (copying or streaming); --abort removes the slot, "
						+ "the publication and the topic." })
final class MoveCommand implements Callable<Integer> {

	@Mixin
	ModuleArgument module = new ModuleArgument();

	@Option(names = "--exit-when-caught-up",
			description = "Exit once the copy is done and the target has applied every change made before.")
	boolean exitWhenCaughtUp;

	@Mixin
	ReplaceTarget replaceTarget = new ReplaceTarget();

	@Option(names = "--abort",
			description = "Remove the move's replication slot, publication, topic and state; keep the target's tables.")
	boolean abort;

	@Option(names = "--chunk-rows", paramLabel = "ROWS", defaultValue = "10000",
			description = "Rows per copied chunk (default ${DEFAULT-VALUE}).")
	int chunkRows;

	@Option(names = "--throttle", paramLabel = "ROWS/S", defaultValue = "0",
			description = "The most rows per second to copy; 0 for no limit (default).")
	long throttle;

	@Option(names = { "-j", "--jobs" }, paramLabel = "N", defaultValue = "2",
			description = { "Tables copied at once, each over its own pair of connections in the same "
					+ "snapshot (default ${DEFAULT-VALUE})." })
	int jobs;

	@Option(names = "--emit-connect", paramLabel = "DIR",
			description = { "Do not move: write the same move as Strimzi KafkaConnect and KafkaConnector "
					+ "resources (Debezium PostgreSQL source, JDBC sink) into DIR, with a README of what "
					+ "that path does not guarantee. Connects to nothing; --kafka is the bootstrap "
					+ "address as the Connect pods reach it." })
	@Nullable Path emitConnect;

	@Option(names = "--connect-image", paramLabel = "IMAGE",
			description = "With --emit-connect: the image Strimzi builds with the connectors and pushes"
					+ " (default carve-connect-MODULE:latest; name a registry the cluster pushes to).")
	@Nullable String connectImage;

	@Option(names = "--progress-every", paramLabel = "DURATION", defaultValue = "10s",
			converter = DurationConverter.class,
			description = { "How often to report progress when not on a terminal, such as 10s or 500ms "
					+ "(default ${DEFAULT-VALUE}); on a terminal bars are redrawn twice a second." })
	Duration progressEvery;

	@Mixin
	Connections connections = new Connections();

	@Mixin
	OutputOptions output = new OutputOptions();

	@Override
	public Integer call() throws Exception {
		try (Reporter reporter = this.output.reporter();
				MoveProgress progress = new MoveProgress(reporter, this.progressEvery)) {
			return move(reporter, progress, reporter.lines());
		}
	}

	private int move(Reporter reporter, MoveProgress progress, PrintWriter out) throws Exception {
		ShopModules.Changelog changelog = this.module.changelog();
		Database source = this.connections.source();
		Database target = this.connections.target();
		if (this.emitConnect != null) {
			return emitConnect(this.emitConnect, source, target, reporter);
		}
		Broker broker = this.connections.kafka();
		CompletableFuture<String> brokerAnswered = broker.checkInBackground();
		MoveNames names = new MoveNames(this.module.name);
		SourceSlot slot = new SourceSlot(source, names);
		if (this.abort) {
			Broker.await(brokerAnswered);
			return abort(slot, target, broker, names, out);
		}
		SchemaFacts facts;
		// The command's connections serve its checks and the copy step's first and last
		// statements; the copy and the stream open their own.
		try (Connection sourceConnection = source.connect(); Connection targetConnection = target.connect()) {
			MoveState.Phase phase = MoveState.phase(targetConnection, this.module.name);
			if (phase == MoveState.Phase.CUT_OVER) {
				throw CarveException.refused(this.module.name + " was cut over: the target's process serves it and"
						+ " nothing is left to move; carve move " + this.module.name + " --abort removes the slot,"
						+ " publication and topic");
			}
			if (phase == null) {
				facts = begin(sourceConnection, targetConnection, target, changelog, brokerAnswered, out);
			}
			else {
				// A move that resumes checks nothing again.
				facts = SchemaFacts.read(sourceConnection, this.module.name, SchemaFacts.Rows.ESTIMATED);
				MoveState.create(targetConnection);
				out.println((phase == MoveState.Phase.COPYING)
						? "resuming the copy of " + this.module.name
								+ ": chunks copied before stay, the rest is copied at a fresh snapshot"
						: "continuing the move of " + this.module.name + " from the last change applied");
			}
			progress.start(source, target, facts);
			if (phase != MoveState.Phase.STREAMING) {
				new CopyStep(this.module.name, slot,
						new SnapshotCopy(source, target, this.module.name, this.chunkRows, this.throttle, this.jobs,
								out))
					.run(phase, facts, new ChangeTopic(broker, names).createOnceAnswered(brokerAnswered),
							sourceConnection, targetConnection, reporter, out);
			}
		}
		Map<String, List<String>> keys = facts.tables()
			.stream()
			.collect(Collectors.toMap(SchemaFacts.Table::name, SchemaFacts.Table::primaryKey));
		Broker.await(brokerAnswered);
		try (ChangeStream stream = ChangeStream.start(source, target, broker, names, keys)) {
			if (!this.exitWhenCaughtUp) {
				out.println("streaming changes; stop with Ctrl-C, run again to continue");
				out.flush();
				stream.await();
				return Carve.DONE;
			}
			stream.awaitCaughtUp(slot);
			slot.copySequences(target, this.module.name);
			long applied = stream.appliedTransactions();
			progress.close();
			reporter.report("caught-up", Map.of("module", this.module.name, "appliedTransactions", applied),
					(text) -> text.printf("caught up: %d source transactions applied in this run%n", applied));
		}
		return Carve.DONE;
	}

	/**
	 * Starts a move from nothing: checks every precondition, records the move in the
	 * target and creates the module's schema there, its tables bare. Liquibase starts
	 * meanwhile; nothing is written before the broker answered and every precondition is
	 * met.
	 * @return the source's tables, their rows estimated: they only show the progress
	 */
	private SchemaFacts begin(Connection sourceConnection, Connection targetConnection, Database target,
			ShopModules.Changelog changelog, CompletableFuture<String> brokerAnswered, PrintWriter out)
			throws Exception {
		try (SchemaCreation creation = SchemaCreation.begin(target, changelog)) {
			MovePlan plan = MovePlan.read(sourceConnection, targetConnection, this.module.name,
					this.replaceTarget.enabled, SchemaFacts.Rows.ESTIMATED);
			Broker.await(brokerAnswered);
			plan.requireMet();
			creation.awaitRead();
			MoveState.create(targetConnection);
			MoveState.phase(targetConnection, this.module.name, MoveState.Phase.COPYING);
			if (!plan.target().tables().isEmpty()) {
				ReplaceTarget.empty(targetConnection, this.module.name, plan.target().tables());
				out.println("emptied the " + plan.target().tables().size() + " tables of " + this.module.name
						+ " in the target, whose process holds it dormant; the source's rows replace them");
			}
			creation.proceed();
			out.println("created schema " + this.module.name + " in the target from " + changelog);
			int taken = KeysAfterCopy.takeOff(targetConnection, this.module.name,
					plan.source().tables().stream().map(SchemaFacts.Table::name).toList());
			out.println(
					"the copy loads the tables bare: their " + taken + " keys and indexes are built once it is done");
			return plan.source();
		}
	}

	private int emitConnect(Path directory, Database source, Database target, Reporter reporter) throws IOException {
		String image = (this.connectImage != null) ? this.connectImage
				: "carve-connect-" + this.module.name + ":latest";
		List<Path> files = new ConnectResources(this.module.name, source, target, this.connections.kafka().bootstrap(),
				image)
			.write(directory);
		reporter.report("emitted",
				Map.of("module", this.module.name, "files", files.stream().map(Path::toString).toList()), (out) -> {
					out.println("wrote the move of " + this.module.name + " as Strimzi resources:");
					files.forEach((file) -> out.println("  " + file));
					out.println("read " + directory.resolve("README.md") + " before applying them");
				});
		return Carve.DONE;
	}

	private int abort(SourceSlot slot, Database target, Broker broker, MoveNames names, PrintWriter out)
			throws SQLException {
		slot.drop();
		new ChangeTopic(broker, names).delete();
		try (Connection connection = target.connect()) {
			if (MoveState.phase(connection, this.module.name) != null) {
				KeysAfterCopy.putBack(connection, this.module.name, null, out);
			}
			MoveState.forget(connection, this.module.name);
		}
		out.println("aborted the move of " + this.module.name + ": removed slot " + names.slot() + ", publication "
				+ names.publication() + " and topic " + names.topic() + "; the target's schema " + this.module.name
				+ " is left as it is");
		return Carve.DONE;
	}

}
