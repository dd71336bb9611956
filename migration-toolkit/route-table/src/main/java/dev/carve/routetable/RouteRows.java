package dev.carve.routetable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The rows of {@code carve_runtime.module_routes}: one per module that runs in a process,
 * with its route ({@code serving}, {@code fenced} or {@code dormant}), how many times it
 * changed, since when and by whom. Every write transaction of a module share-locks its
 * row; {@link #change} locks it exclusively, so a change waits for the writes in flight
 * and holds new ones back until it commits. Every instance of the process reads the route
 * from here, so a committed change is a change in all of them.
 *
 * <p>
 * Plain JDBC, so that the runtime (through its operator API) and {@code carve cutover}
 * (over connections it opened before the fence) change a route the same way.
 */
public final class RouteRows {

	/** The table, in the runtime's schema. */
	public static final String TABLE = "carve_runtime.module_routes";

	/**
	 * The statements of a change, sent together (one round trip: while a route is being
	 * fenced, the module's writes wait for every one): the lock timeout for this
	 * transaction, the row locked with its route before, the route set unless it is the
	 * same.
	 */
	private static final String CHANGE = "SELECT set_config('lock_timeout', ?, true);" + " SELECT route, epoch FROM "
			+ TABLE + " WHERE module = ? FOR UPDATE;" + " UPDATE " + TABLE
			+ " SET route = ?, epoch = epoch + 1, since = now(), changed_by = ?" + " WHERE module = ? AND route <> ?";

	private RouteRows() {
	}

	/**
	 * Changes a module's route in the caller's transaction, which must be open (not in
	 * auto-commit); the change takes effect when the caller commits. Waits for the
	 * module's writes in flight, up to a lock timeout. Changing to the route the module
	 * has changes nothing but still waits for those writes.
	 * @param connection a connection to the process's database, in a transaction
	 * @param module the module
	 * @param route the new route
	 * @param changedBy who asks, stored with the route
	 * @param lockTimeout how long to wait for the writes in flight
	 * @return the change
	 * @throws SQLException when the database fails, the lock timeout passes
	 * ({@code SQLState 55P03}) or the module has no row (the process does not run it)
	 */
	public static Change change(Connection connection, String module, String route, String changedBy,
			Duration lockTimeout) throws SQLException {
		long start = System.nanoTime();
		try (PreparedStatement change = connection.prepareStatement(CHANGE)) {
			bindChange(change, module, route, changedBy, lockTimeout);
			change.execute();
			return change(change, module, route, start);
		}
	}

	private static void bindChange(PreparedStatement change, String module, String route, String changedBy,
			Duration lockTimeout) throws SQLException {
		change.setString(1, lockTimeout(lockTimeout));
		change.setString(2, module);
		change.setString(3, route);
		change.setString(4, changedBy);
		change.setString(5, module);
		change.setString(6, route);
	}

	/**
	 * Reads the results of {@link #CHANGE}, from its first (the lock timeout set) to its
	 * last (the update).
	 */
	private static Change change(PreparedStatement change, String module, String route, long start)
			throws SQLException {
		change.getMoreResults();
		String before;
		long epoch;
		try (ResultSet row = change.getResultSet()) {
			if (!row.next()) {
				throw noRow(module);
			}
			before = row.getString(1);
			epoch = row.getLong(2);
		}
		change.getMoreResults();
		if (change.getUpdateCount() == 1) {
			epoch++;
		}
		long waitedMillis = (System.nanoTime() - start) / 1_000_000;
		return new Change(module, before, route, epoch, waitedMillis);
	}

	/**
	 * Records who last touched a module's route without changing it, in a transaction of
	 * its own; like a change, it waits for the module's writes in flight. Lets a tool
	 * that holds a connection to a database prove that a process reads its routes from
	 * that database: it stamps the row, then asks the process who set the route.
	 * @param connection a connection to the process's database, in auto-commit mode,
	 * which is left in auto-commit mode
	 * @param module the module
	 * @param changedBy the stamp
	 * @param lockTimeout how long to wait for the writes in flight
	 * @throws SQLException when the database fails, the lock timeout passes or the module
	 * has no row
	 */
	public static void stamp(Connection connection, String module, String changedBy, Duration lockTimeout)
			throws SQLException {
		// Like a change, one round trip: the transaction, its lock timeout and the
		// update.
		try (PreparedStatement stamp = connection.prepareStatement("BEGIN; SELECT set_config('lock_timeout', ?, true);"
				+ " UPDATE " + TABLE + " SET changed_by = ? WHERE module = ?; COMMIT")) {
			stamp.setString(1, lockTimeout(lockTimeout));
			stamp.setString(2, changedBy);
			stamp.setString(3, module);
			stamp.execute();
			stamp.getMoreResults();
			stamp.getMoreResults();
			if (stamp.getUpdateCount() == 0) {
				throw noRow(module);
			}
		}
		catch (SQLException | RuntimeException ex) {
			rollBack(connection, ex);
			throw ex;
		}
	}

	/**
	 * Changes a module's route in a transaction of its own and reads the WAL position
	 * after its commit.
	 * @param connection a connection to the process's database, in auto-commit mode,
	 * which is left in auto-commit mode
	 * @see #change(Connection, String, String, String, Duration)
	 */
	public static Committed changeAndCommit(Connection connection, String module, String route, String changedBy,
			Duration lockTimeout) throws SQLException {
		return commit(connection, module, route, changedBy, lockTimeout, null);
	}

	/**
	 * Changes a module's route in a transaction of its own, writes a transactional
	 * logical decoding message ({@code pg_logical_emit_message}) in the same transaction
	 * and commits it synchronously, whatever the database's {@code synchronous_commit}
	 * (logical decoding sends only WAL that is flushed). A change stream of the database
	 * meets the message after every write committed before the change (those the change
	 * waited for included) and before any committed after it: a stream that applied the
	 * message applied every write made on the route before.
	 * @param connection a connection to the process's database, in auto-commit mode,
	 * which is left in auto-commit mode
	 * @param message the message's prefix and content
	 * @return the change, with the message's LSN
	 * @see #change(Connection, String, String, String, Duration)
	 */
	public static Committed changeAndCommit(Connection connection, String module, String route, String changedBy,
			Duration lockTimeout, Message message) throws SQLException {
		return commit(connection, module, route, changedBy, lockTimeout, message);
	}

	private static Committed commit(Connection connection, String module, String route, String changedBy,
			Duration lockTimeout, @Nullable Message message) throws SQLException {
		long start = System.nanoTime();
		// The transaction, its change (and the message) and the WAL position after its
		// commit, in one round trip.
		String marked = (message != null) ? "; SELECT set_config('synchronous_commit', 'on', true),"
				+ " pg_logical_emit_message(true, ?, ?)::text" : "";
		try (PreparedStatement change = connection
			.prepareStatement("BEGIN; " + CHANGE + marked + "; COMMIT; SELECT pg_current_wal_lsn()::text")) {
			bindChange(change, module, route, changedBy, lockTimeout);
			if (message != null) {
				change.setString(7, message.prefix());
				change.setString(8, message.content());
			}
			change.execute();
			change.getMoreResults();
			Change changed = change(change, module, route, start);
			String messageLsn = null;
			if (message != null) {
				change.getMoreResults();
				try (ResultSet emitted = change.getResultSet()) {
					emitted.next();
					messageLsn = emitted.getString(2);
				}
			}
			change.getMoreResults();
			change.getMoreResults();
			try (ResultSet position = change.getResultSet()) {
				position.next();
				return new Committed(changed, position.getString(1), messageLsn);
			}
		}
		catch (SQLException | RuntimeException ex) {
			rollBack(connection, ex);
			throw ex;
		}
	}

	/**
	 * The module's route and who set it, without locking.
	 * @return the row, {@code null} when no process on this database runs the module
	 */
	public static @Nullable Row read(Connection connection, String module) throws SQLException {
		try (PreparedStatement select = connection
			.prepareStatement("SELECT route, epoch, changed_by FROM " + TABLE + " WHERE module = ?")) {
			select.setString(1, module);
			try (ResultSet row = select.executeQuery()) {
				return row.next() ? new Row(row.getString(1), row.getLong(2), row.getString(3)) : null;
			}
		}
	}

	/**
	 * The database's current WAL position: read after a change commits, no write of the
	 * old route exists after it.
	 */
	public static String walPosition(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet position = statement.executeQuery("SELECT pg_current_wal_lsn()::text")) {
			position.next();
			return position.getString(1);
		}
	}

	/**
	 * Ends the transaction a failed change or stamp left open (the connection stays in
	 * auto-commit mode, so the driver does not).
	 */
	private static void rollBack(Connection connection, Exception failure) {
		try (Statement statement = connection.createStatement()) {
			statement.execute("ROLLBACK");
		}
		catch (SQLException ex) {
			failure.addSuppressed(ex);
		}
	}

	/**
	 * A lock timeout as {@code lock_timeout} takes it: whole milliseconds, at least one.
	 */
	private static String lockTimeout(Duration lockTimeout) {
		return Math.max(1, lockTimeout.toMillis()) + "ms";
	}

	private static SQLException noRow(String module) {
		return new SQLException(
				"no route for module " + module + " in " + TABLE + ": no process on this database runs it", "02000");
	}

	/**
	 * A route change.
	 *
	 * @param module the module
	 * @param from the route before
	 * @param to the route after
	 * @param epoch how many times the route has changed, this change included
	 * @param waitedMillis how long the change waited for the writes in flight
	 */
	public record Change(String module, String from, String to, long epoch, long waitedMillis) {

		/** Whether the route is another than before. */
		public boolean changed() {
			return !this.from.equals(this.to);
		}

	}

	/**
	 * A committed route change.
	 *
	 * @param change the change
	 * @param lsn the WAL position after its commit
	 * @param messageLsn the position of the message written with it, or {@code null}
	 */
	public record Committed(Change change, String lsn, @Nullable String messageLsn) {
	}

	/**
	 * A logical decoding message written with a route change.
	 *
	 * @param prefix its prefix, which tells its readers apart
	 * @param content what it says
	 */
	public record Message(String prefix, String content) {
	}

	/**
	 * A module's stored route.
	 *
	 * @param route its route
	 * @param epoch how many times it changed
	 * @param changedBy who set it last
	 */
	public record Row(String route, long epoch, String changedBy) {
	}

}
