package dev.carve.runtime.route;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.carve.routetable.RouteRows;
import dev.carve.runtime.module.ModuleRoute;
import dev.carve.runtime.module.RouteLookup;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The routes of the modules that run in this process, kept in this process's database
 * ({@code carve_runtime.module_routes}) so that every instance on that database follows a
 * change at once and a restart keeps it. A module without a stored route gets
 * {@code carve.modules.<module>.route} ({@code serving} when not set) when the process
 * starts.
 */
public class ModuleRoutes implements RouteLookup {

	private static final Log logger = LogFactory.getLog(ModuleRoutes.class);

	private static final Duration CHANGE_LOCK_TIMEOUT = Duration.ofSeconds(30);

	private final RouteTable table;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Map<String, ModuleRoute> initial;

	/**
	 * Stores the initial route of every module that has none stored yet.
	 * @param jdbc the process's database
	 * @param transactionManager its transactions
	 * @param initial the route to store for each module of this process when none is
	 * @param meters where the route of each module is published, if anywhere
	 */
	public ModuleRoutes(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
			Map<String, ModuleRoute> initial, @Nullable MeterRegistry meters) {
		this.table = new RouteTable(jdbc);
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.initial = Map.copyOf(initial);
		this.initial.forEach(this.table::storeIfAbsent);
		if (meters != null) {
			for (String module : this.initial.keySet()) {
				for (ModuleRoute route : ModuleRoute.values()) {
					Gauge.builder("carve.modules.route", () -> (routeOf(module) == route) ? 1 : 0)
						.description("1 for the module's current route in this process, 0 for the others")
						.tag("module", module)
						.tag("route", route.value())
						.register(meters);
				}
			}
		}
	}

	/** Whether the module runs in this process and so has a route. */
	public boolean routes(String module) {
		return this.initial.containsKey(module);
	}

	@Override
	public ModuleRoute routeOf(String module) {
		requireRouted(module);
		return this.table.read(module);
	}

	/** Every module's stored route, by module name. */
	public List<StoredRoute> list() {
		return this.table.all();
	}

	/**
	 * Changes a module's route. Waits for the module's writes in flight to commit and
	 * holds new ones back until the change has committed; then every instance on this
	 * database follows it.
	 * @param module a module that runs in this process
	 * @param route the new route
	 * @param changedBy who asks, for the log and the stored row
	 * @return the change, with the WAL position at which it took effect
	 * @throws IllegalArgumentException when the module does not run in this process
	 */
	public RouteChange change(String module, ModuleRoute route, String changedBy) {
		requireRouted(module);
		RouteRows.Change changed = this.transactions
			.execute((status) -> this.jdbc.execute((ConnectionCallback<RouteRows.Change>) (connection) -> RouteRows
				.change(connection, module, route.value(), changedBy, CHANGE_LOCK_TIMEOUT)));
		RouteChange change = new RouteChange(module, ModuleRoute.of(changed.from()), route, changed.epoch(),
				this.table.walPosition(), changed.waitedMillis());
		if (changed.changed()) {
			logger.info("Route of module '" + module + "' changed from " + changed.from() + " to " + route.value()
					+ " by " + changedBy + " at WAL position " + change.lsn() + " (epoch " + changed.epoch()
					+ ", waited " + change.waitedMillis() + " ms for writes in flight)");
		}
		else if (logger.isDebugEnabled()) {
			logger.debug("Route of module '" + module + "' stays " + route.value() + ", as asked by " + changedBy);
		}
		return change;
	}

	/**
	 * Share-locks the module's route until the current transaction ends.
	 * @return the route under the lock
	 */
	ModuleRoute lockShared(String module) {
		return this.table.lockShared(module);
	}

	/**
	 * Share-locks the module's route until the current transaction ends if it is
	 * {@code serving}; leaves no lock behind otherwise. For a write that joins a
	 * transaction it did not start and so cannot end when it has to wait.
	 * @return the route under the lock
	 */
	ModuleRoute lockSharedIfServing(String module) {
		return this.table.lockSharedIfServing(module);
	}

	private void requireRouted(String module) {
		if (!routes(module)) {
			throw new IllegalArgumentException(
					"Module '" + module + "' does not run in this process; its modules are " + this.initial.keySet());
		}
	}

}
