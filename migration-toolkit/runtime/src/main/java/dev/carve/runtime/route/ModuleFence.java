package dev.carve.runtime.route;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import dev.carve.runtime.gateway.ModuleDormantException;
import dev.carve.runtime.module.ModuleDefinition;
import dev.carve.runtime.module.ModuleRoute;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where every write transaction of a module that runs in this process passes first. The
 * write runs in a transaction that share-locks the module's route row, so a route change
 * waits for it and a write that starts during a change waits for the change:
 * <ul>
 * <li>{@code serving}: the write runs, holding the lock until its transaction ends;</li>
 * <li>{@code fenced}: the write waits, without holding the lock, until the route changes
 * or {@code carve.modules.<module>.fence.max-wait} has passed
 * ({@link ModuleFencedException});</li>
 * <li>{@code dormant}: the write is refused ({@link ModuleDormantException}); a routed
 * gateway then sends it to the other side.</li>
 * </ul>
 * A write nested in another write of the same module and transaction passes straight
 * through. The waits and refusals are reported as {@link FenceWaits} says.
 */
public class ModuleFence {

	private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(2);

	private final ModuleRoutes routes;

	private final SharedRouteReads waitingReads;

	private final PlatformTransactionManager transactionManager;

	private final Map<String, Duration> maxWaits;

	private final List<ModuleDefinition> modules;

	private final FenceWaits waits;

	/**
	 * A fence over the modules of this process.
	 * @param modules the modules of this process
	 * @param routes their routes
	 * @param transactionManager the transactions their writes run in
	 * @param maxWaits how long a write of each module waits at its fence
	 * @param meters where the waits and refusals are counted
	 */
	public ModuleFence(List<ModuleDefinition> modules, ModuleRoutes routes,
			PlatformTransactionManager transactionManager, Map<String, Duration> maxWaits, MeterRegistry meters) {
		this.modules = List.copyOf(modules);
		this.routes = routes;
		this.waitingReads = new SharedRouteReads(POLL_NANOS, routes::routeOf);
		this.transactionManager = transactionManager;
		this.maxWaits = Map.copyOf(maxWaits);
		this.waits = new FenceWaits(meters);
	}

	/**
	 * The module of this process a class belongs to.
	 * @param type a class
	 * @return the module whose package holds it, empty when none does
	 */
	public Optional<String> moduleOf(Class<?> type) {
		return this.modules.stream()
			.filter((module) -> module.contains(type) && this.routes.routes(module.name()))
			.map(ModuleDefinition::name)
			.findFirst();
	}

	/**
	 * Runs a write of a module once its route lets it.
	 * @param module the module whose tables the write changes
	 * @param attribute the write's transaction attributes (propagation, isolation,
	 * rollback rules), which the transaction holding the lock takes
	 * @param write the write, which joins the transaction holding the lock
	 * @return what the write returned
	 * @throws ModuleFencedException when the fence stayed up longer than the module's
	 * maximum wait
	 * @throws ModuleDormantException when the module is dormant here
	 * @throws Throwable what the write threw
	 */
	public @Nullable Object write(String module, TransactionAttribute attribute, Write write) throws Throwable {
		Object key = lockKey(module);
		if (TransactionSynchronizationManager.hasResource(key)) {
			return write.run();
		}
		long start = System.nanoTime();
		long deadline = start + maxWait(module).toNanos();
		boolean waited = false;
		long blockedNanos = 0;
		int polls = 0;
		while (true) {
			// The first attempt of a write outside a transaction goes straight to the
			// share lock; once it waits, it reads the route without one.
			ModuleRoute route = (waited || TransactionSynchronizationManager.isActualTransactionActive())
					? this.waitingReads.routeOf(module) : ModuleRoute.SERVING;
			if (route == ModuleRoute.SERVING) {
				long attempted = System.nanoTime();
				Attempt attempt = attempt(module, key, attribute, write);
				if (attempt.done()) {
					if (waited) {
						this.waits.waited(module, start, blockedNanos, polls, ModuleRoute.SERVING);
					}
					return attempt.result();
				}
				blockedNanos += System.nanoTime() - attempted;
				route = attempt.route();
			}
			if (route == ModuleRoute.DORMANT) {
				if (waited) {
					this.waits.waited(module, start, blockedNanos, polls, route);
				}
				throw new ModuleDormantException(module);
			}
			if (System.nanoTime() >= deadline) {
				this.waits.refused(module);
				throw new ModuleFencedException(module, Duration.ofNanos(System.nanoTime() - start));
			}
			waited = true;
			polls++;
			sleep();
		}
	}

	/**
	 * Waits while the module is fenced, up to its maximum wait, without holding anything.
	 * @param module a module that runs in this process
	 * @return the route once it is no longer {@code fenced}, or {@code fenced} when the
	 * wait ran out (counted as a refusal)
	 */
	public ModuleRoute awaitUnfenced(String module) {
		long start = System.nanoTime();
		long deadline = start + maxWait(module).toNanos();
		ModuleRoute route = this.routes.routeOf(module);
		boolean waited = false;
		int polls = 0;
		while (route == ModuleRoute.FENCED && System.nanoTime() < deadline) {
			waited = true;
			polls++;
			sleep();
			route = this.waitingReads.routeOf(module);
		}
		if (route == ModuleRoute.FENCED) {
			this.waits.refused(module);
		}
		else if (waited) {
			this.waits.waited(module, start, 0, polls, route);
		}
		return route;
	}

	/**
	 * Runs the write in a transaction, of the write's own attributes, that first
	 * share-locks the route, if the route is {@code serving} under the lock. A failure of
	 * the write rolls the transaction back or commits it as the write's rollback rules
	 * say, as Spring's transaction advice would.
	 */
	private Attempt attempt(String module, Object key, TransactionAttribute attribute, Write write) throws Throwable {
		TransactionStatus status = this.transactionManager.getTransaction(attribute);
		Object result;
		try {
			// A write that joins its caller's transaction cannot end it to wait at the
			// fence: the lock it takes must not outlive a route that is not serving.
			boolean joined = status.hasTransaction() && !status.isNewTransaction();
			ModuleRoute locked = joined ? this.routes.lockSharedIfServing(module) : this.routes.lockShared(module);
			if (locked != ModuleRoute.SERVING) {
				this.transactionManager.commit(status);
				return Attempt.notNow(locked);
			}
			TransactionSynchronizationManager.bindResource(key, Boolean.TRUE);
			try {
				result = write.run();
			}
			finally {
				TransactionSynchronizationManager.unbindResource(key);
			}
		}
		catch (Throwable ex) {
			if (attribute.rollbackOn(ex)) {
				this.transactionManager.rollback(status);
			}
			else {
				this.transactionManager.commit(status);
			}
			throw ex;
		}
		this.transactionManager.commit(status);
		return Attempt.done(result);
	}

	private Duration maxWait(String module) {
		return this.maxWaits.getOrDefault(module, Duration.ofSeconds(5));
	}

	private static Object lockKey(String module) {
		return ModuleFence.class.getName() + "." + module;
	}

	private static void sleep() {
		try {
			TimeUnit.NANOSECONDS.sleep(POLL_NANOS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting at a fence", ex);
		}
	}

	/** A write that may throw anything, as a method invocation does. */
	@FunctionalInterface
	public interface Write {

		/**
		 * Does the write.
		 * @return its result
		 * @throws Throwable what it throws
		 */
		@Nullable Object run() throws Throwable;

	}

	private record Attempt(boolean done, @Nullable Object result, ModuleRoute route) {

		static Attempt done(@Nullable Object result) {
			return new Attempt(true, result, ModuleRoute.SERVING);
		}

		static Attempt notNow(ModuleRoute route) {
			return new Attempt(false, null, route);
		}

	}

}
