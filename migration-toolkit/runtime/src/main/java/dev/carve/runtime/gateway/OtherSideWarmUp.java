package dev.carve.runtime.gateway;

import java.time.Duration;
import java.util.function.Consumer;

import dev.carve.api.DomainException;
import dev.carve.runtime.module.ModuleRoute;
import dev.carve.runtime.module.RouteLookup;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.SmartLifecycle;

/**
 * Keeps the path to a module's other side warm while the module serves here: the module's
 * probe ({@link GatewayDefinition#probedBy}) goes to the other side as a marked call
 * ({@link RoutedCalls#probe}, outside the circuit breaker), which a process holding the
 * module dormant refuses, every {@link #RETRY} until the other side first answers and
 * every {@link #INTERVAL} after.
 * <p>
 * Without it the first calls after a cutover pay for the first use of this process's
 * client, of the connection and of the other side's server, security and gateway, while
 * every write that waited at the fence goes there at once: 0.8 s for the first call on an
 * idle 2-core machine, 1.5–3 s on a loaded one (and the gateway's default deadline is 2
 * s); after a refused probe the first real call took 53–66 ms.
 * <p>
 * The other side's first answer is logged at {@code INFO}; an answer that shows it cannot
 * take the module over — it refuses this process's credentials, or it serves the module
 * too — at {@code WARN}, once, so that the cutover does not find out.
 *
 * @param <G> the gateway contract
 */
final class OtherSideWarmUp<G> implements SmartLifecycle {

	/** Between two probes once the other side has answered. */
	static final Duration INTERVAL = Duration.ofMinutes(1);

	/**
	 * Between two probes until the other side first answers: short, so that a path to an
	 * other side started just before a cutover is warm by then (a probe to a process not
	 * listening yet costs a refused connection).
	 */
	static final Duration RETRY = Duration.ofSeconds(1);

	private static final Log logger = LogFactory.getLog(OtherSideWarmUp.class);

	private final String module;

	private final G otherSide;

	private final Consumer<G> probe;

	private final RouteLookup routes;

	private final String target;

	private volatile @Nullable Thread thread;

	private boolean answered;

	private boolean warned;

	/**
	 * @param module the module
	 * @param otherSide the remote gateway to the other side
	 * @param probe the module's probe
	 * @param routes where the module's route here is read
	 * @param target where the other side is, for the log
	 */
	OtherSideWarmUp(String module, G otherSide, Consumer<G> probe, RouteLookup routes, String target) {
		this.module = module;
		this.otherSide = otherSide;
		this.probe = probe;
		this.routes = routes;
		this.target = target;
	}

	@Override
	public void start() {
		this.thread = Thread.ofVirtual().name("carve-warm-up-" + this.module).start(this::run);
	}

	@Override
	public void stop() {
		Thread running = this.thread;
		this.thread = null;
		if (running != null) {
			running.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.thread != null;
	}

	private void run() {
		try {
			Thread.sleep(RETRY);
			while (this.thread != null) {
				if (this.routes.routeOf(this.module) == ModuleRoute.SERVING) {
					probeOnce();
				}
				Thread.sleep(this.answered ? INTERVAL : RETRY);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			logger.debug("Warming up the path to " + this.module + "'s other side stopped", ex);
		}
	}

	/** Sends the probe once and logs what the answer says about the other side. */
	void probeOnce() {
		try {
			RoutedCalls.probe(this.module, () -> {
				this.probe.accept(this.otherSide);
				return null;
			});
			warnOnce("serves " + this.module + " too: it answered a call this process sent it while serving "
					+ this.module + " itself");
		}
		catch (ModuleDormantException ex) {
			answered("holds " + this.module + " dormant, ready to take it over");
		}
		catch (DomainException ex) {
			warnOnce("serves " + this.module + " too: it answered " + ex.code() + " to a call this process sent it"
					+ " while serving " + this.module + " itself");
		}
		catch (GatewayRefusedException ex) {
			warnOnce("refuses this process's calls (" + ex.getMessage() + "): a cutover to it would fail");
		}
		catch (GatewayUnavailableException ex) {
			logger.debug("The other side of " + this.module + " at " + this.target + " is not reachable yet", ex);
		}
	}

	private void answered(String what) {
		if (!this.answered) {
			this.answered = true;
			logger.info("The other side of " + this.module + " at " + this.target + " " + what);
		}
	}

	private void warnOnce(String what) {
		this.answered = true;
		if (!this.warned) {
			this.warned = true;
			logger.warn("The other side of " + this.module + " at " + this.target + " " + what);
		}
	}

}
