package dev.carve.cli;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jspecify.annotations.Nullable;
import org.postgresql.replication.LogSequenceNumber;

/**
 * Where a module's move is, read from the move state in the target ({@link MoveState})
 * and from the move's replication slot on the source; what {@code carve status} shows and
 * what {@code carve move} draws its progress from.
 *
 * @param module the module
 * @param phase the move's phase, or {@code null} when there is no move
 * @param tables the module's tables: rows copied of rows in the source
 * @param appliedLsn the end of the last source transaction the target applied, or
 * {@code null} before the first
 * @param lastAppliedAt when the target applied it, or {@code null}
 * @param lagBytes WAL the source has written since the last change the target applied
 * (or, before the first, since the slot's start); {@code null} without a slot
 * @param slot the move's replication slot, or {@code null} when there is none
 * @param readAt when this was read
 */
record MoveStatus(String module, MoveState.@Nullable Phase phase, List<Table> tables, @Nullable String appliedLsn,
		@Nullable Instant lastAppliedAt, @Nullable Long lagBytes, @Nullable Slot slot, Instant readAt) {

	/**
	 * Reads a move's status.
	 * @param source a connection to the source
	 * @param target a connection to the target
	 * @param facts the module's schema in the source, for the rows of each table
	 */
	static MoveStatus read(Connection source, Connection target, SchemaFacts facts) throws SQLException {
		String module = facts.schema();
		MoveState.Phase phase = MoveState.phase(target, module);
		Map<String, Table> copied = (phase != null) ? copied(target, module) : Map.of();
		List<Table> tables = new ArrayList<>();
		for (SchemaFacts.Table table : facts.tables()) {
			Table progress = copied.get(table.name());
			long rowsCopied = (progress != null) ? progress.copied() : 0;
			boolean done = progress != null && progress.done();
			// Writes go on while the copy runs: a table can end with more rows than it
			// had.
			long rows = done ? rowsCopied : Math.max(table.rows(), rowsCopied);
			tables.add(new Table(table.name(), rowsCopied, rows, done));
		}
		long appliedLsn = 0;
		Instant appliedAt = null;
		if (phase != null) {
			try (PreparedStatement statement = target.prepareStatement(
					"SELECT applied_lsn, applied_at FROM " + MoveState.SCHEMA + ".moves WHERE module = ?")) {
				statement.setString(1, module);
				try (ResultSet result = statement.executeQuery()) {
					if (result.next()) {
						appliedLsn = result.getLong(1);
						Timestamp at = result.getTimestamp(2);
						appliedAt = (at != null) ? at.toInstant() : null;
					}
				}
			}
		}
		String applied = (appliedLsn > 0) ? LogSequenceNumber.valueOf(appliedLsn).asString() : null;
		Slot slot = slot(source, new MoveNames(module).slot(), applied);
		Long lag = (slot != null) ? slot.behindBytes() : null;
		return new MoveStatus(module, phase, List.copyOf(tables), applied, appliedAt, lag, slot, Instant.now());
	}

	private static Map<String, Table> copied(Connection target, String module) throws SQLException {
		try (PreparedStatement statement = target
			.prepareStatement("SELECT table_name, rows, done FROM " + MoveState.SCHEMA + ".copied WHERE module = ?")) {
			statement.setString(1, module);
			List<Table> tables = new ArrayList<>();
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					tables.add(new Table(result.getString(1), result.getLong(2), 0, result.getBoolean(3)));
				}
			}
			return tables.stream().collect(Collectors.toMap(Table::name, (table) -> table));
		}
	}

	private static @Nullable Slot slot(Connection source, String name, @Nullable String applied) throws SQLException {
		try (PreparedStatement statement = source.prepareStatement("""
				SELECT active, pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn)::bigint,
				pg_wal_lsn_diff(pg_current_wal_lsn(), coalesce(?::pg_lsn, confirmed_flush_lsn))::bigint
				FROM pg_replication_slots WHERE slot_name = ?""")) {
			statement.setString(1, applied);
			statement.setString(2, name);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() ? new Slot(name, result.getBoolean(1), result.getLong(2), result.getLong(3))
						: null;
			}
		}
	}

	/** Rows copied, of all tables. */
	long copied() {
		return this.tables.stream().mapToLong(Table::copied).sum();
	}

	/** Rows in the source, of all tables. */
	long rows() {
		return this.tables.stream().mapToLong(Table::rows).sum();
	}

	/** The table being copied, or {@code null} when none is. */
	@Nullable Table copying() {
		if (this.phase != MoveState.Phase.COPYING) {
			return null;
		}
		return this.tables.stream().filter((table) -> !table.done()).findFirst().orElse(null);
	}

	/** One line: phase, rows copied, throughput, time left, lag. */
	String summary(Throughput throughput) {
		StringBuilder line = new StringBuilder(this.module).append(' ')
			.append((this.phase != null) ? this.phase.name().toLowerCase() : "not moving");
		Table copying = copying();
		if (copying != null) {
			line.append(" ").append(copying.name());
		}
		line.append(", ").append(copied()).append(" of ").append(rows()).append(" rows copied");
		line.append(String.format(", %.0f rows/s", throughput.rowsPerSecond()));
		Duration left = throughput.eta(this);
		if (left != null) {
			line.append(", ETA ").append(Sizes.duration(left));
		}
		if (this.lagBytes != null) {
			line.append(", lag ").append(Sizes.bytes(this.lagBytes));
		}
		Duration since = sinceLastApplied();
		if (since != null) {
			line.append(" (last change applied ").append(Sizes.duration(since)).append(" ago)");
		}
		return line.toString();
	}

	/**
	 * How long ago the target applied its last change, or {@code null} before the first.
	 */
	@Nullable Duration sinceLastApplied() {
		return (this.lastAppliedAt != null) ? Duration.between(this.lastAppliedAt, this.readAt) : null;
	}

	/**
	 * One table of the move.
	 *
	 * @param name its name in the module's schema
	 * @param copied rows copied into the target by the snapshot copy
	 * @param rows rows in the source when the status was first read, or once the copy
	 * copied more (writes go on meanwhile) the rows copied; once done, the rows copied
	 * @param done whether its copy is complete
	 */
	record Table(String name, long copied, long rows, boolean done) {

	}

	/**
	 * The move's replication slot on the source.
	 *
	 * @param name its name
	 * @param active whether a move reads from it now
	 * @param retainedBytes WAL the source keeps for it (from its restart LSN)
	 * @param behindBytes WAL written since the last change the target applied
	 */
	record Slot(String name, boolean active, long retainedBytes, long behindBytes) {

	}

	/**
	 * How fast a move went between two readings of its status.
	 *
	 * @param rowsPerSecond rows copied per second
	 * @param appliedBytesPerSecond source WAL applied to the target per second
	 */
	record Throughput(double rowsPerSecond, double appliedBytesPerSecond) {

		/** Nothing measured yet. */
		static final Throughput NONE = new Throughput(0, 0);

		/** The throughput between two readings of the same move. */
		static Throughput between(MoveStatus before, MoveStatus after) {
			double seconds = Math.max(Duration.between(before.readAt(), after.readAt()).toMillis(), 1) / 1000.0;
			long applied = lsn(after.appliedLsn()) - lsn(before.appliedLsn());
			return new Throughput(Math.max(after.copied() - before.copied(), 0) / seconds,
					Math.max(applied, 0) / seconds);
		}

		private static long lsn(@Nullable String lsn) {
			return (lsn != null) ? LogSequenceNumber.valueOf(lsn).asLong() : 0;
		}

		/**
		 * The time left to copy the rest, or {@code null} when not copying or not known.
		 */
		@Nullable Duration eta(MoveStatus status) {
			if (status.copying() == null || this.rowsPerSecond <= 0) {
				return null;
			}
			long left = Math.max(status.rows() - status.copied(), 0);
			return Duration.ofMillis((long) (left / this.rowsPerSecond * 1000));
		}

	}

	/**
	 * A status with its throughput, as written for a machine.
	 *
	 * @param status where the move is
	 * @param throughput how fast it went
	 * @param etaSeconds the seconds left to copy the rest, or {@code null} when not
	 * copying or not known
	 */
	record Report(@JsonUnwrapped MoveStatus status, Throughput throughput, @Nullable Long etaSeconds) {

		Report(MoveStatus status, Throughput throughput) {
			this(status, throughput, eta(status, throughput));
		}

		private static @Nullable Long eta(MoveStatus status, Throughput throughput) {
			Duration eta = throughput.eta(status);
			return (eta != null) ? eta.toSeconds() : null;
		}

	}

}
