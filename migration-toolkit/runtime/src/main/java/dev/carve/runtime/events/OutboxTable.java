package dev.carve.runtime.events;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.carve.runtime.module.ModuleDefinition;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SQL of one module's outbox table, for the relay and its metrics.
 *
 * <p>
 * A row can be claimed when it is unsent, due, and no earlier unsent row with its
 * aggregate key is waiting for a retry; claimed rows are locked
 * ({@code FOR UPDATE SKIP LOCKED}) until the claiming transaction ends, so relays on
 * other instances take other rows. Of the claimed rows, those behind an earlier unsent
 * row of their key that another relay holds are left out, so no two relays deliver one
 * key at the same time.
 */
final class OutboxTable {

	private final JdbcTemplate jdbc;

	private final ModuleDefinition module;

	private final String table;

	OutboxTable(JdbcTemplate jdbc, ModuleDefinition module) {
		this.jdbc = jdbc;
		this.module = module;
		this.table = "\"" + module.schema() + "\".outbox";
	}

	ModuleDefinition module() {
		return this.module;
	}

	/**
	 * Claims up to {@code limit} rows in outbox order; must run in a transaction, which
	 * holds the claim.
	 */
	List<OutboxRecord> claim(int limit) {
		return this.jdbc.query("WITH claimed AS (SELECT o.id, o.aggregate_key FROM " + this.table + " o"
				+ " WHERE o.sent_at IS NULL AND o.next_attempt_at <= now() AND NOT EXISTS (SELECT 1 FROM " + this.table
				+ " w WHERE w.aggregate_key = o.aggregate_key AND w.sent_at IS NULL AND w.id < o.id"
				+ " AND w.next_attempt_at > now())" + " ORDER BY o.id LIMIT ? FOR UPDATE OF o SKIP LOCKED)"
				+ " SELECT o.id, o.event_id, o.event_type, o.aggregate_key, o.payload, o.occurred_at, o.attempts,"
				+ " o.trace_parent FROM " + this.table
				+ " o JOIN claimed c ON c.id = o.id WHERE NOT EXISTS (SELECT 1 FROM " + this.table
				+ " p WHERE p.aggregate_key = c.aggregate_key AND p.sent_at IS NULL AND p.id < c.id"
				+ " AND p.id NOT IN (SELECT id FROM claimed)) ORDER BY o.id",
				(rs, row) -> new OutboxRecord(rs.getLong(1), this.module.name(), rs.getObject(2, UUID.class),
						rs.getString(3), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getInt(7),
						rs.getString(8)),
				limit);
	}

	void markSent(List<Long> ids) {
		this.jdbc.batchUpdate(
				"UPDATE " + this.table
						+ " SET sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = ?",
				ids.stream().map((id) -> new Object[] { id }).toList());
	}

	/**
	 * Records a failed delivery.
	 * @param retryAt when to try the row again, or {@code null} to leave that to the
	 * relay's pause
	 */
	void markFailed(long id, Throwable error, @Nullable Instant retryAt) {
		if (retryAt != null) {
			this.jdbc.update("UPDATE " + this.table + " SET attempts = attempts + 1, last_error = ?,"
					+ " next_attempt_at = ? WHERE id = ?", String.valueOf(error), Timestamp.from(retryAt), id);
		}
		else {
			this.jdbc.update("UPDATE " + this.table + " SET attempts = attempts + 1, last_error = ? WHERE id = ?",
					String.valueOf(error), id);
		}
	}

	/** How many events wait to be sent. */
	long depth() {
		Long depth = this.jdbc.queryForObject("SELECT count(*) FROM " + this.table + " WHERE sent_at IS NULL",
				Long.class);
		return (depth != null) ? depth : 0;
	}

	/** How many events wait to be sent and since when, in one query. */
	OutboxBacklog backlog() {
		OutboxBacklog backlog = this.jdbc.queryForObject(
				"SELECT count(*) AS waiting, min(created_at) AS oldest FROM " + this.table + " WHERE sent_at IS NULL",
				(row, index) -> {
					Timestamp oldest = row.getTimestamp("oldest");
					return new OutboxBacklog(row.getLong("waiting"), (oldest != null) ? oldest.toInstant() : null);
				});
		return (backlog != null) ? backlog : new OutboxBacklog(0, null);
	}

	int deleteSentBefore(Instant cutoff) {
		return this.jdbc.update("DELETE FROM " + this.table + " WHERE sent_at < ?", Timestamp.from(cutoff));
	}

}
