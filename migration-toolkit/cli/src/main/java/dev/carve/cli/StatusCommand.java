package dev.carve.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code carve status <module>}: where a module's move is, from the move state in the
 * target and the move's replication slot on the source.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
		description = { "Shows where a module's move is.", "",
				"Phase, rows copied per table, lag (WAL the target is behind and when it last applied "
						+ "a change), WAL the source's replication slot retains, and throughput, measured between "
						+ "two readings (--sample apart, or --watch seconds apart). Reads the move state kept in "
						+ "the target and the slot on the source; needs --source and --target, not --kafka." })
final class StatusCommand implements Callable<Integer> {

	@Parameters(paramLabel = "MODULE", description = "The module; its schema has the same name.")
	String module = "";

	@Option(names = "--watch", paramLabel = "SECONDS", arity = "0..1", fallbackValue = "2",
			description = "Refresh every SECONDS (2 when not given) until Ctrl-C.")
	@Nullable Integer watch;

	@Option(names = "--count", paramLabel = "N", description = "With --watch: stop after N refreshes.")
	@Nullable Integer count;

	@Option(names = "--sample", paramLabel = "DURATION", defaultValue = "1s", converter = DurationConverter.class,
			description = "Without --watch: how long to measure throughput over (default ${DEFAULT-VALUE}).")
	Duration sample;

	@Mixin
	Connections connections = new Connections();

	@Mixin
	OutputOptions output = new OutputOptions();

	@Override
	public Integer call() throws Exception {
		try (Connection source = this.connections.source().connect();
				Connection target = this.connections.target().connect();
				Reporter reporter = this.output.reporter()) {
			SchemaFacts facts = SchemaFacts.read(source, this.module);
			if (!facts.exists()) {
				throw CarveException
					.refused("the source has no schema " + this.module + ": check --source and the module's name");
			}
			MoveStatus before = MoveStatus.read(source, target, facts);
			Duration every = (this.watch != null) ? Duration.ofSeconds(Math.max(this.watch, 1)) : this.sample;
			for (int refresh = 1; this.watch == null || this.count == null || refresh <= this.count; refresh++) {
				Thread.sleep(every);
				MoveStatus after = MoveStatus.read(source, target, facts);
				MoveStatus.Throughput throughput = MoveStatus.Throughput.between(before, after);
				reporter.report("status", new MoveStatus.Report(after, throughput),
						(out) -> print(out, after, throughput));
				before = after;
				if (this.watch == null) {
					break;
				}
			}
		}
		return Carve.DONE;
	}

	private static void print(PrintWriter out, MoveStatus status, MoveStatus.Throughput throughput) {
		if (status.phase() == null) {
			out.println("No move of " + status.module() + " is under way: plan one with carve plan " + status.module());
			return;
		}
		out.println("Move of " + status.module() + ": " + status.phase().name().toLowerCase());
		for (MoveStatus.Table table : status.tables()) {
			out.printf("  %-32s %10d of %10d rows copied%s%n", status.module() + "." + table.name(), table.copied(),
					table.rows(), table.done() ? ", done" : "");
		}
		Duration eta = throughput.eta(status);
		out.printf("  throughput  %.0f rows/s copied, %s/s of WAL applied%s%n", throughput.rowsPerSecond(),
				Sizes.bytes((long) throughput.appliedBytesPerSecond()),
				(eta != null) ? ", ETA " + Sizes.duration(eta) : "");
		Duration since = status.sinceLastApplied();
		out.println("  lag         "
				+ ((status.lagBytes() != null) ? Sizes.bytes(status.lagBytes()) + " of WAL behind"
						: "unknown (no slot)")
				+ ((since != null) ? "; last change applied " + Sizes.duration(since) + " ago, at source LSN "
						+ status.appliedLsn() : "; no change applied yet"));
		MoveStatus.Slot slot = status.slot();
		out.println("  slot        " + ((slot != null) ? slot.name() + ", " + (slot.active() ? "active" : "inactive")
				+ ", retains " + Sizes.bytes(slot.retainedBytes()) + " of WAL" : "none"));
	}

}
