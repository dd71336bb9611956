package dev.carve.cli;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import dev.carve.routetable.RouteRows;

/**
 * One side of a cutover: an app, as its operator API shows it, and the database it keeps
 * its routes in. The cutover changes the module's route there, in the database, over a
 * connection opened before the fence, the same way the app's own operator API does
 * ({@link RouteRows}); every instance of the app reads its route from there, so it
 * follows the change as soon as it commits, and no change waits for an HTTP request to
 * get its turn in an app under load.
 */
final class AppRoute implements AutoCloseable {

	private final ModulesApi app;

	private final Database database;

	private final String module;

	private final String changedBy;

	private Connection connection;

	/**
	 * Opens the connection the changes go through.
	 * @param app the app's operator API
	 * @param database the database the app is said to use (--source or --target)
	 * @param module the module
	 * @param changedBy who changes the route, stored with it
	 */
	AppRoute(ModulesApi app, Database database, String module, String changedBy) {
		this.app = app;
		this.database = database;
		this.module = module;
		this.changedBy = changedBy;
		this.connection = database.connect();
	}

	/**
	 * Proves that the app reads its routes from this database before any route changes:
	 * stamps the module's route row with a word nobody else knows and asks the app who
	 * set its route. Waits for the module's writes in flight, as a route change does.
	 * @param option the option that names the database, for the refusal
	 * @throws CarveException {@link Carve#REFUSED} when the app shows another stamp
	 */
	void requireSameDatabase(String option, Duration lockTimeout) throws SQLException {
		String stamp = this.changedBy + " check " + UUID.randomUUID();
		RouteRows.stamp(this.connection, this.module, stamp, lockTimeout);
		ModulesApi.Module seen = this.app.module(this.module);
		if (seen == null || !stamp.equals(seen.changedBy())) {
			throw CarveException
				.refused("the " + this.app.name() + " does not keep its routes in the " + this.database.role()
						+ " database at " + this.database.safeUrl() + " (it does not see a change to " + RouteRows.TABLE
						+ " there): give " + option + " the database the " + this.app.name() + " uses");
		}
	}

	/**
	 * Changes the module's route and commits.
	 * @param route the new route
	 * @param lockTimeout how long to wait for the module's writes in flight
	 * @return the committed change, with the WAL position after it
	 */
	RouteRows.Committed change(String route, Duration lockTimeout) throws SQLException {
		return RouteRows.changeAndCommit(this.connection, this.module, route, this.changedBy, lockTimeout);
	}

	/**
	 * Fences the module and writes the move's marker ({@link SourceSlot#MARK}) in the
	 * same transaction: once the move applied the marker, it applied every write the
	 * module made before the fence.
	 * @param lockTimeout how long to wait for the module's writes in flight
	 * @return the committed change, with the marker's LSN
	 */
	RouteRows.Committed fence(Duration lockTimeout) throws SQLException {
		return RouteRows.changeAndCommit(this.connection, this.module, "fenced", this.changedBy, lockTimeout,
				SourceSlot.MARK);
	}

	/**
	 * Changes the module's route over a new connection when the one opened before the
	 * fence failed.
	 */
	RouteRows.Committed changeOnNewConnection(String route, Duration lockTimeout) throws SQLException {
		closeQuietly();
		this.connection = this.database.connect();
		return change(route, lockTimeout);
	}

	String name() {
		return this.app.name();
	}

	@Override
	public void close() {
		closeQuietly();
	}

	private void closeQuietly() {
		try {
			this.connection.close();
		}
		catch (SQLException ex) {
			// The connection is gone already.
		}
	}

}
