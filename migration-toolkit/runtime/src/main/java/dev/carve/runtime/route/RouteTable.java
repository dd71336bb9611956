package dev.carve.runtime.route;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;

import dev.carve.routetable.RouteRows;
import dev.carve.runtime.module.ModuleRoute;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SQL of {@code carve_runtime.module_routes}, one row per module that runs in this
 * process. Joins the current transaction, if any.
 */
final class RouteTable {

	private static final String TABLE = RouteRows.TABLE;

	private static final String COLUMNS = "module, route, epoch, since, changed_by";

	private final JdbcTemplate jdbc;

	RouteTable(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the module's route unless one is stored already. */
	void storeIfAbsent(String module, ModuleRoute initial) {
		this.jdbc.update("INSERT INTO " + TABLE + " (module, route, epoch, changed_by) VALUES (?, ?, 0, 'start-up')"
				+ " ON CONFLICT (module) DO NOTHING", module, initial.value());
	}

	/** The module's route, without locking it. */
	ModuleRoute read(String module) {
		return ModuleRoute
			.of(this.jdbc.queryForObject("SELECT route FROM " + TABLE + " WHERE module = ?", String.class, module));
	}

	/**
	 * The module's route, share-locked until the current transaction ends: a route change
	 * waits for it, and other writers do not.
	 */
	ModuleRoute lockShared(String module) {
		return ModuleRoute.of(this.jdbc.queryForObject("SELECT route FROM " + TABLE + " WHERE module = ? FOR SHARE",
				String.class, module));
	}

	/**
	 * The module's route, share-locked until the current transaction ends if it is
	 * {@code serving}; any other route is returned with no lock left behind. The lock is
	 * taken under a savepoint that is rolled back unless the route is {@code serving}, so
	 * a longer transaction of the caller that goes on waiting at the fence does not hold
	 * back the next route change.
	 */
	ModuleRoute lockSharedIfServing(String module) {
		return this.jdbc.execute((ConnectionCallback<ModuleRoute>) (connection) -> {
			Savepoint savepoint = connection.setSavepoint();
			ModuleRoute route;
			try (PreparedStatement select = connection
				.prepareStatement("SELECT route FROM " + TABLE + " WHERE module = ? FOR SHARE")) {
				select.setString(1, module);
				try (ResultSet rows = select.executeQuery()) {
					if (!rows.next()) {
						throw new IllegalStateException("No route is stored for module '" + module + "'");
					}
					route = ModuleRoute.of(rows.getString(1));
				}
			}
			if (route == ModuleRoute.SERVING) {
				connection.releaseSavepoint(savepoint);
			}
			else {
				connection.rollback(savepoint);
			}
			return route;
		});
	}

	List<StoredRoute> all() {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM " + TABLE + " ORDER BY module", RouteTable::stored);
	}

	/** The current WAL write position. */
	String walPosition() {
		return this.jdbc.execute((ConnectionCallback<String>) RouteRows::walPosition);
	}

	private static StoredRoute stored(ResultSet rs, int row) throws SQLException {
		return new StoredRoute(rs.getString(1), ModuleRoute.of(rs.getString(2)), rs.getLong(3),
				rs.getTimestamp(4).toInstant(), rs.getString(5));
	}

}
