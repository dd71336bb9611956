package dev.carve.cli;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code carve cutover <module>}: switches a module whose move streams into the target
 * from the process that serves it now (the source app) to the one that will (the target
 * app), while both take requests. The order is the one of ADR 24: once the move keeps up
 * ({@link TargetCatchUp#awaitKeepingUp}), the source is fenced (its writes of the module
 * wait), the target applies every change made before the fence, the sequences follow, the
 * target serves, the source goes dormant and forwards to it. Past {@code --max-fence}
 * before the target serves, everything goes back as it was. The route changes go straight
 * to each app's database over connections opened before the fence ({@link AppRoute}, ADR
 * 26), once each app has shown that it reads that database.
 */
@Command(name = "cutover", mixinStandardHelpOptions = true, description = {
		"Switches a module over to the process its data moved to, while both take requests.", "",
		"Needs carve move streaming into the target, the source app serving the module with the "
				+ "target app as its other side (carve.modules.<module>.url), and the target app running it "
				+ "dormant. Waits for the move to catch up and keep up (--max-lag), fences the module in the "
				+ "source app (its writes wait), waits until the target applied every change made before the fence, copies the "
				+ "sequences, lets the target app serve and makes the source app dormant (it forwards to the "
				+ "target from then on). Past --max-fence before the target serves, the source serves again "
				+ "and nothing changed. The routes change in the apps' databases, --source and --target, "
				+ "which it first checks are the ones the apps use (every instance of an app follows its "
				+ "database); the apps' operator API (--token) shows the routes. Needs no --kafka." })
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
			description = "How long the move may take to catch up and keep up before the fence (default ${DEFAULT-VALUE}).")
	Duration catchUp;

	@Option(names = "--max-lag", paramLabel = "DURATION", defaultValue = "500ms", converter = DurationConverter.class,
			description = { "Fences only right after a change written into the source reached the target within "
					+ "this time (default ${DEFAULT-VALUE}): the fence's own change takes about as long, and writes "
					+ "wait for it. Until --catch-up runs out it tries again; then it refuses, nothing changed." })
	Duration maxLag;

	@Option(names = "--max-fence", paramLabel = "DURATION", defaultValue = "4s", converter = DurationConverter.class,
			description = { "The longest the module's writes may wait for the target to catch up, counted "
					+ "from the fence (default ${DEFAULT-VALUE}); keep it under the apps' "
					+ "carve.modules.<module>.fence.max-wait (5s)." })
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
		CutoverSwitch cutover = new CutoverSwitch(this.module, this.maxFence, this.catchUp, this.maxLag);
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
				preparing.record("sameDatabases", step);
				Map<String, Object> result = cutover.run(sourceRoute, targetRoute,
						new CutoverSwitch.SwitchConnections(sourceConnection, targetConnection, control), preparing,
						reporter);
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

	/** How long ago this process started: the command's own start-up. */
	private static long startedMillisAgo() {
		return ProcessHandle.current()
			.info()
			.startInstant()
			.map((started) -> Duration.between(started, Instant.now()).toMillis())
			.orElse(0L);
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

}
