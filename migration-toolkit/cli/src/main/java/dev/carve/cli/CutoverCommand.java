package dev.carve.cli;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import dev.carve.routetable.RouteRows;
import org.jspecify.annotations.Nullable;
import org.postgresql.replication.LogSequenceNumber;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code carve cutover <module>}: switches a module whose move streams into the target
 * from the process that serves it now (the source app) to the one that will (the target
 * app), while both take requests. The order is the one of ADR 24: the source is fenced
 * (its writes of the module wait), the target applies every change made before the fence,
 * the sequences follow, the target serves, the source goes dormant and forwards to it.
 * Past {@code --max-fence} before the target serves, everything goes back as it was. The
 * route changes go straight to each app's database over connections opened before the
 * fence ({@link AppRoute}, ADR 26), once each app has shown that it reads that database.
 */
@Command(name = "cutover", mixinStandardHelpOptions = true,
		description = { "Switches a module over to the process its data moved to, while both take requests.", "",
				"Needs carve move streaming into the target, the source app serving the module with the",
				"target app as its other side (carve.modules.<module>.url), and the target app running it",
				"dormant. Waits for the move to catch up, fences the module in the source app (its writes",
				"wait), waits until the target applied every change made before the fence, copies the",
				"sequences, lets the target app serve and makes the source app dormant (it forwards to the",
				"target from then on). Past --max-fence before the target serves, the source serves again",
				"and nothing changed. The routes change in the apps' databases, --source and --target,",
				"which it first checks are the ones the apps use (every instance of an app follows its",
				"database); the apps' operator API (--token) shows the routes. Needs no --kafka." })
final class CutoverCommand implements Callable<Integer> {

	@Parameters(paramLabel = "MODULE", description = "The module; its schema has the same name.")
	String module = "";

	@Option(names = "--source-app", paramLabel = "URL",
			description = "HTTP base URL of the process that serves the module now (env CARVE_SOURCE_APP).")
	@Nullable String sourceApp;

	@Option(names = "--target-app", paramLabel = "URL",
			description = "HTTP base URL of the process that will serve it (env CARVE_TARGET_APP).")
	@Nullable String targetApp;

	@Mixin
	OperatorToken token = new OperatorToken();

	@Option(names = "--catch-up", paramLabel = "DURATION", defaultValue = "60s", converter = DurationConverter.class,
			description = "How long the move may take to catch up before the fence (default ${DEFAULT-VALUE}).")
	Duration catchUp;

	@Option(names = "--max-fence", paramLabel = "DURATION", defaultValue = "4s", converter = DurationConverter.class,
			description = { "The longest the module's writes may wait for the target to catch up, counted",
					"from the fence (default ${DEFAULT-VALUE}); keep it under the apps'",
					"carve.modules.<module>.fence.max-wait (5s)." })
	Duration maxFence;

	@Mixin
	Connections connections = new Connections();

	@Mixin
	OutputOptions output = new OutputOptions();

	@Override
	public Integer call() throws Exception {
		SwitchSteps preparing = new SwitchSteps();
		preparing.millis.put("start", startedMillisAgo());
		long step = System.nanoTime();
		ModulesApi source = new ModulesApi("source app",
				Connections.required(this.sourceApp, "--source-app", "CARVE_SOURCE_APP"), this.token.token);
		ModulesApi target = new ModulesApi("target app",
				Connections.required(this.targetApp, "--target-app", "CARVE_TARGET_APP"), this.token.token);
		ModulesApi.Module sourceModule = runningModule(source);
		ModulesApi.Module targetModule = runningModule(target);
		step = preparing.record("apps", step);
		Database sourceDatabase = this.connections.source();
		Database targetDatabase = this.connections.target();
		SourceSlot slot = new SourceSlot(sourceDatabase, new MoveNames(this.module));
		try (Reporter reporter = this.output.reporter(); Connection control = targetDatabase.connect()) {
			MoveState.Phase phase = MoveState.phase(control, this.module);
			if (phase == MoveState.Phase.CUT_OVER && "serving".equals(targetModule.route())
					&& "dormant".equals(sourceModule.route())) {
				reporter.report("cutover", Map.of("module", this.module, "alreadyCutOver", true),
						(out) -> out.println(this.module + " is already cut over: the target app serves it"));
				return Carve.DONE;
			}
			requireReady(sourceModule, targetModule, phase, slot);
			String changedBy = "carve cutover (" + System.getProperty("user.name", "unknown") + ")";
			// Connections opened before the fence, so that none is opened while writes
			// wait.
			try (AppRoute sourceRoute = new AppRoute(source, sourceDatabase, this.module, changedBy);
					AppRoute targetRoute = new AppRoute(target, targetDatabase, this.module, changedBy);
					Connection sourceConnection = sourceDatabase.connect();
					Connection targetConnection = targetDatabase.connect()) {
				step = preparing.record("checks", step);
				sourceRoute.requireSameDatabase("--source", this.maxFence);
				targetRoute.requireSameDatabase("--target", this.maxFence);
				step = preparing.record("sameDatabases", step);
				long caughtUp = awaitApplied(slot.mark(), control, this.catchUp);
				preparing.record("catchUp", step);
				reporter
					.say("the move caught up in " + caughtUp + " ms; fencing " + this.module + " in the source app");
				Map<String, Object> result = switchOver(sourceRoute, targetRoute,
						new Switch(sourceConnection, targetConnection, control), preparing, reporter);
				reporter.report("cutover", result, (out) -> {
					out.printf(
							"cut over %s: the target app serves it; writes waited at most %d ms"
									+ " (fence at %s, target caught up in %d ms)%n",
							this.module, result.get("fencedMillis"), result.get("fenceLsn"),
							result.get("appliedMillis"));
					out.println("  steps (ms): " + result.get("stepsMillis"));
					out.println("  before the fence (ms): " + result.get("preparedMillis"));
				});
			}
			reporter.say("next: stop carve move " + this.module + " (Ctrl-C), then carve move " + this.module
					+ " --abort removes its replication slot, publication and topic; the source app's " + this.module
					+ " tables stay as they were at the fence");
		}
		return Carve.DONE;
	}

	private Map<String, Object> switchOver(AppRoute source, AppRoute target, Switch connections, SwitchSteps preparing,
			Reporter reporter) throws Exception {
		ExecutorService copier = Executors.newSingleThreadExecutor();
		try {
			// The sequences are copied once before the fence, through the same call on
			// the same thread as the copy while writes wait: that copy then runs a warm
			// path, and one that fails does so before anything changed.
			long step = System.nanoTime();
			join(copySequences(connections, copier));
			preparing.record("sequences", step);
			Map<String, Object> result = switchOver(source, target, connections, copier, reporter);
			result.put("preparedMillis", preparing.millis);
			return result;
		}
		finally {
			copier.shutdown();
		}
	}

	/**
	 * The switch. Between the fence and the source going dormant, nothing is run for the
	 * first time that need not be: no lambda or string concatenation is linked there
	 * (each costs milliseconds the first time on a loaded machine, and writes wait).
	 */
	private Map<String, Object> switchOver(AppRoute source, AppRoute target, Switch connections, ExecutorService copier,
			Reporter reporter) throws Exception {
		Connection control = connections.control();
		SwitchSteps steps = new SwitchSteps();
		RouteRows.Committed fence;
		long started = System.nanoTime();
		try {
			fence = source.change("fenced", this.maxFence);
		}
		catch (SQLException ex) {
			throw CarveException.failed("the source app's route for " + this.module + " could not be fenced ("
					+ ex.getMessage() + "): its writes in flight took longer than --max-fence "
					+ this.maxFence.toMillis() + " ms, or its database failed; nothing changed", ex);
		}
		long fenced = steps.record("fence", started);
		long applied;
		CompletableFuture<Long> sequences = null;
		try {
			long mark = SourceSlot.mark(connections.source());
			long marked = steps.record("mark", fenced);
			// Nothing advances the source's sequences once it is fenced: they are copied
			// while the target catches up, on connections of their own.
			sequences = copySequences(connections, copier);
			applied = awaitApplied(mark, control, left(fenced));
			long caughtUp = steps.record("apply", marked);
			// The time the copy added to the fence, if any.
			join(sequences);
			steps.record("sequences", caughtUp);
			if (left(fenced).isZero()) {
				throw CarveException.refused("the switch took longer than --max-fence " + this.maxFence.toMillis()
						+ " ms before the target could serve (steps in ms: " + steps.millis + ")");
			}
		}
		catch (CarveException | SQLException ex) {
			if (sequences != null) {
				// Its connections close when the switch ends.
				sequences.exceptionally((failure) -> 0L).join();
			}
			source.change("serving", this.maxFence);
			throw CarveException.failed(ex.getMessage().replaceFirst("^\\w+: ", "") + "; the source app serves "
					+ this.module + " again and nothing changed", ex);
		}
		RouteRows.Committed serving;
		long serveStarted = System.nanoTime();
		try {
			serving = target.change("serving", this.maxFence);
		}
		catch (SQLException ex) {
			undoTarget(target, reporter);
			source.change("serving", this.maxFence);
			throw CarveException.failed("the target app did not take " + this.module + " (" + ex.getMessage()
					+ "); the source app serves it again", ex);
		}
		long served = steps.record("serve", serveStarted);
		RouteRows.Committed dormant = dormant(source);
		long done = steps.record("dormant", served);
		MoveState.phase(control, this.module, MoveState.Phase.CUT_OVER);
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("module", this.module);
		result.put("fenceLsn", fence.lsn());
		result.put("fenceWaitedMillis", fence.change().waitedMillis());
		result.put("appliedMillis", applied);
		result.put("fencedMillis", TimeUnit.NANOSECONDS.toMillis(done - fenced));
		result.put("serveWaitedMillis", serving.change().waitedMillis());
		result.put("dormantLsn", dormant.lsn());
		result.put("stepsMillis", steps.millis);
		return result;
	}

	/** How long ago this process started: the command's own start-up. */
	private static long startedMillisAgo() {
		return ProcessHandle.current()
			.info()
			.startInstant()
			.map((started) -> Duration.between(started, Instant.now()).toMillis())
			.orElse(0L);
	}

	/** Copies the sequences on the copier's thread. */
	private CompletableFuture<Long> copySequences(Switch connections, ExecutorService copier) {
		return CompletableFuture.supplyAsync(() -> copySequences(connections), copier);
	}

	/**
	 * Copies the module's sequences from the source to the target.
	 * @return how long it took, in milliseconds
	 * @throws CarveException {@link Carve#FAILED} when a database fails
	 */
	private long copySequences(Switch connections) {
		long started = System.nanoTime();
		try {
			SourceSlot.copySequences(connections.source(), connections.target(), this.module);
		}
		catch (SQLException ex) {
			throw CarveException.failed("copying the sequences of " + this.module + " failed: " + ex.getMessage(), ex);
		}
		return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
	}

	private static long join(CompletableFuture<Long> step) throws Exception {
		try {
			return step.join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof Exception cause) ? cause : ex;
		}
	}

	/**
	 * The connections the switch uses while writes wait.
	 *
	 * @param source to the source, for the mark and the sequences
	 * @param target to the target, for the sequences
	 * @param control to the target, for the move's state
	 */
	private record Switch(Connection source, Connection target, Connection control) {
	}

	/** What is left of {@code --max-fence} since the fence took effect. */
	private Duration left(long fencedNanos) {
		Duration left = this.maxFence.minusNanos(System.nanoTime() - fencedNanos);
		return left.isNegative() ? Duration.ZERO : left;
	}

	/**
	 * Makes the source dormant. Once the target serves there is no going back: a source
	 * whose database cannot be reached stays fenced, which refuses its writes of the
	 * module after their wait rather than splitting them between two databases.
	 */
	private RouteRows.Committed dormant(AppRoute source) throws InterruptedException {
		SQLException last = null;
		for (int attempt = 1; attempt <= 3; attempt++) {
			try {
				return (attempt == 1) ? source.change("dormant", this.maxFence)
						: source.changeOnNewConnection("dormant", this.maxFence);
			}
			catch (SQLException | CarveException ex) {
				last = (ex instanceof SQLException sql) ? sql : new SQLException(ex.getMessage(), ex);
				TimeUnit.MILLISECONDS.sleep(200L * attempt);
			}
		}
		throw CarveException.failed("the target app serves " + this.module + " but the source app could not be made"
				+ " dormant (" + last.getMessage() + "); it stays fenced, so its writes of " + this.module
				+ " wait and are refused: make it dormant with POST /actuator/modules/" + this.module
				+ " {\"route\":\"dormant\"}", last);
	}

	private void undoTarget(AppRoute target, Reporter reporter) {
		try {
			target.changeOnNewConnection("dormant", this.maxFence);
		}
		catch (SQLException | CarveException ex) {
			reporter.say("could not make the target app dormant again: " + ex.getMessage());
		}
	}

	private void requireReady(ModulesApi.Module source, ModulesApi.Module target, MoveState.@Nullable Phase phase,
			SourceSlot slot) throws SQLException {
		String sourceRoute = source.route();
		String targetRoute = target.route();
		if (!"serving".equals(sourceRoute)) {
			throw CarveException.refused("the source app's route for " + this.module + " is " + sourceRoute
					+ ", not serving: set it back with POST /actuator/modules/" + this.module
					+ " {\"route\":\"serving\"} and cut over again");
		}
		if (source.remote() == null) {
			throw CarveException.refused("the source app has no other side for " + this.module + ": start it with"
					+ " carve.modules." + this.module + ".url (and .transport) pointing at the target app, so that"
					+ " its calls and API follow the route");
		}
		if (!"dormant".equals(targetRoute)) {
			throw CarveException.refused("the target app's route for " + this.module + " is " + targetRoute
					+ ", not dormant: start it with carve.modules." + this.module + ".route=dormant, so that it"
					+ " serves nothing before the cutover");
		}
		if (phase != MoveState.Phase.STREAMING) {
			throw CarveException.refused("the move of " + this.module + " is "
					+ ((phase != null) ? phase.name().toLowerCase() : "not started") + " in the target, not streaming:"
					+ " run carve move " + this.module + " until it streams");
		}
		if (!slot.active()) {
			throw CarveException.refused("carve move " + this.module + " is not running (nothing reads its"
					+ " replication slot): start it again, it goes on from where it stopped, and cut over while it"
					+ " streams");
		}
	}

	/** The module as an app that runs it shows it, with its route there; one call. */
	private ModulesApi.Module runningModule(ModulesApi app) {
		ModulesApi.Module module = app.module(this.module);
		if (module == null || !module.inProcess() || module.route() == null) {
			throw CarveException.refused("the " + app.name() + " does not run " + this.module
					+ ": run it there with carve.modules." + this.module + ".mode=in-process");
		}
		return module;
	}

	/**
	 * Waits until the target applied the source transaction that ends at a mark.
	 * @return how long it took, in milliseconds
	 */
	private long awaitApplied(long mark, Connection control, Duration within)
			throws SQLException, InterruptedException {
		long started = System.nanoTime();
		long deadline = started + within.toNanos();
		long applied;
		while ((applied = MoveState.applied(control, this.module).lsn()) < mark) {
			if (System.nanoTime() > deadline) {
				throw CarveException.refused("the move did not apply the source's changes up to "
						+ LogSequenceNumber.valueOf(mark) + " within " + within.toMillis() + " ms (it applied up to "
						+ LogSequenceNumber.valueOf(applied) + "): let it catch up (carve status " + this.module
						+ ") or allow more time");
			}
			TimeUnit.MILLISECONDS.sleep(2);
		}
		return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
	}

}
