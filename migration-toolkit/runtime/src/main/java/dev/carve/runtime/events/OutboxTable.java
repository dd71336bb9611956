package dev.carve.runtime.events;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.carve.runtime.module.ModuleDefinition;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SQL of one module's event tables (its outbox, and its inbox's retention), for the
 * relay, its metrics and its operators.
 *
 * <p>
 * A row can be claimed when it is unsent, not parked, due, and no earlier unsent row with
 * its aggregate key is waiting for a retry or parked; claimed rows are locked
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
				+ " WHERE o.sent_at IS NULL AND o.parked_at IS NULL AND o.next_attempt_at <= now()"
				+ " AND NOT EXISTS (SELECT 1 FROM " + this.table
				+ " w WHERE w.aggregate_key = o.aggregate_key AND w.sent_at IS NULL AND w.id < o.id"
				+ " AND (w.next_attempt_at > now() OR w.parked_at IS NOT NULL))"
				+ " ORDER BY o.id LIMIT ? FOR UPDATE OF o SKIP LOCKED)"
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
	 * @param counted whether the failure counts towards parking the row
	 */
	void markFailed(long id, Throwable error, @Nullable Instant retryAt, boolean counted) {
		this.jdbc.update(
				"UPDATE " + this.table + " SET attempts = attempts + ?, last_error = ?,"
						+ " next_attempt_at = coalesce(?, next_attempt_at) WHERE id = ?",
				counted ? 1 : 0, String.valueOf(error), (retryAt != null) ? Timestamp.from(retryAt) : null, id);
	}

	/**
	 * Stops trying a row: it stays unsent, and the later rows of its key wait until it is
	 * {@link #release released}.
	 */
	void park(long id, Throwable reason) {
		this.jdbc.update("UPDATE " + this.table + " SET attempts = attempts + 1, last_error = ?, parked_at = now(),"
				+ " parked_reason = ? WHERE id = ?", String.valueOf(reason), String.valueOf(reason), id);
	}

	/**
	 * Lets the relay try a parked event again, from its first attempt, at once.
	 * @return whether a parked event with that id was released
	 */
	boolean release(UUID eventId) {
		return this.jdbc.update("UPDATE " + this.table + " SET parked_at = NULL, attempts = 0, next_attempt_at = now()"
				+ " WHERE event_id = ? AND parked_at IS NOT NULL", eventId) == 1;
	}

	/** The parked events, oldest first, at most {@code limit}. */
	List<ParkedEvent> parked(int limit) {
		return this.jdbc.query(
				"SELECT event_id, event_type, aggregate_key, attempts, parked_at, parked_reason FROM " + this.table
						+ " WHERE parked_at IS NOT NULL ORDER BY id LIMIT ?",
				(rs, row) -> new ParkedEvent(this.module.name(), rs.getObject(1, UUID.class), rs.getString(2),
						rs.getString(3), rs.getInt(4), rs.getTimestamp(5).toInstant(), rs.getString(6)),
				limit);
	}

	/** How many events wait to be sent. */
	long depth() {
		Long depth = this.jdbc.queryForObject("SELECT count(*) FROM " + this.table + " WHERE sent_at IS NULL",
				Long.class);
		return (depth != null) ? depth : 0;
	}

	/** How many events wait to be sent and since when, in one query. */
	OutboxBacklog backlog() {
		OutboxBacklog backlog = this.jdbc.queryForObject("SELECT count(*) AS waiting, min(created_at) AS oldest,"
				+ " count(*) FILTER (WHERE parked_at IS NOT NULL) AS parked FROM " + this.table
				+ " WHERE sent_at IS NULL", (row, index) -> {
					Timestamp oldest = row.getTimestamp("oldest");
					return new OutboxBacklog(row.getLong("waiting"), (oldest != null) ? oldest.toInstant() : null,
							row.getLong("parked"));
				});
		return (backlog != null) ? backlog : new OutboxBacklog(0, null, 0);
	}

	/**
	 * Deletes up to {@code limit} of the oldest events sent before {@code cutoff}.
	 * @return how many were deleted
	 */
	int deleteSentBefore(Instant cutoff, int limit) {
		return this.jdbc.update("DELETE FROM " + this.table + " WHERE id IN (SELECT id FROM " + this.table
				+ " WHERE sent_at < ? ORDER BY id LIMIT ?)", Timestamp.from(cutoff), limit);
	}

	/**
	 * Deletes up to {@code limit} of the module's inbox entries processed before
	 * {@code cutoff}.
	 * @return how many were deleted
	 */
	int deleteProcessedBefore(Instant cutoff, int limit) {
		String inbox = "\"" + this.module.schema() + "\".inbox";
		return this.jdbc
			.update("DELETE FROM " + inbox + " WHERE (event_id, listener) IN (SELECT event_id, listener FROM " + inbox
					+ " WHERE processed_at < ? ORDER BY processed_at LIMIT ?)", Timestamp.from(cutoff), limit);
	}

}
