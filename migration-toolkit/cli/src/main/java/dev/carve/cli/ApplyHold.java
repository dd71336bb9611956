package dev.carve.cli;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.jspecify.annotations.Nullable;

/**
 * A pause of a running move's {@link ChangeApplier} at a source LSN, asked for by another
 * process through the target ({@code hold_lsn} in {@code carve_move.moves}): the applier
 * applies every source transaction that ends at or before the LSN, then waits before the
 * next one and says so ({@code held_lsn}) until the hold is released or expires. A hold
 * expires by itself, so one left behind by a process that was killed stops nothing for
 * long.
 */
final class ApplyHold {

	/** How long a hold lasts unless renewed or released. */
	static final Duration EXPIRY = Duration.ofSeconds(30);

	private ApplyHold() {
	}

	/** Holds the applier before the first source transaction that ends after an LSN. */
	static void hold(Connection target, String module, long lsn) throws SQLException {
		update(target, module, "hold_lsn = " + lsn + ", hold_until = now() + interval '" + EXPIRY.toSeconds()
				+ " seconds', held_lsn = NULL");
	}

	/** Keeps the hold in force for another {@link #EXPIRY}. */
	static void renew(Connection target, String module) throws SQLException {
		update(target, module, "hold_until = now() + interval '" + EXPIRY.toSeconds() + " seconds'");
	}

	/** Releases the hold. */
	static void release(Connection target, String module) throws SQLException {
		update(target, module, "hold_lsn = NULL, hold_until = NULL, held_lsn = NULL");
	}

	/** The LSN the applier holds at, or {@code null} while it is applying. */
	static @Nullable Long heldAt(Connection target, String module) throws SQLException {
		return single(target, module, "held_lsn");
	}

	/** The hold in force, or {@code null}. */
	static @Nullable Long active(Connection target, String module) throws SQLException {
		return single(target, module, "CASE WHEN hold_until > now() THEN hold_lsn END");
	}

	/**
	 * Says that the applier holds at an LSN, then waits until that hold is released,
	 * changed or expired, or the applier stops.
	 * @param target the applier's connection, outside a transaction of its own
	 */
	static void await(Connection target, String module, long lsn, BooleanSupplier stopped)
			throws SQLException, InterruptedException {
		update(target, module, "held_lsn = " + lsn);
		target.commit();
		Long hold = lsn;
		while (!stopped.getAsBoolean() && hold != null && hold == lsn) {
			TimeUnit.MILLISECONDS.sleep(5);
			hold = active(target, module);
			target.commit();
		}
	}

	private static void update(Connection target, String module, String set) throws SQLException {
		try (PreparedStatement statement = target
			.prepareStatement("UPDATE " + MoveState.SCHEMA + ".moves SET " + set + " WHERE module = ?")) {
			statement.setString(1, module);
			statement.executeUpdate();
		}
	}

	private static @Nullable Long single(Connection target, String module, String column) throws SQLException {
		try (PreparedStatement statement = target
			.prepareStatement("SELECT " + column + " FROM " + MoveState.SCHEMA + ".moves WHERE module = ?")) {
			statement.setString(1, module);
			try (ResultSet result = statement.executeQuery()) {
				if (!result.next()) {
					return null;
				}
				long value = result.getLong(1);
				return result.wasNull() ? null : value;
			}
		}
	}

}
