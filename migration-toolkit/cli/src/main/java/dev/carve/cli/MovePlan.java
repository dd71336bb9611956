package dev.carve.cli;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What moving one module's schema takes, and whether it can start: the facts of the
 * module's schema in the source and the target, and every precondition that is not met.
 *
 * @param source the module's schema in the source
 * @param target the module's schema in the target
 * @param pendingEvents events in the module's outbox not yet sent, or -1 without an
 * outbox
 * @param refusals the preconditions that are not met, each with what to do
 */
record MovePlan(SchemaFacts source, SchemaFacts target, long pendingEvents, List<String> refusals) {

	/** Replication slots a move needs on the source: its own. */
	static final int SLOTS_NEEDED = 1;

	/**
	 * Reads both databases and checks every precondition of a move.
	 * @param source a connection to the source database
	 * @param target a connection to the target database
	 * @param module the module, also its schema's name
	 */
	static MovePlan read(Connection source, Connection target, String module) throws SQLException {
		SchemaFacts sourceFacts = SchemaFacts.read(source, module);
		SchemaFacts targetFacts = SchemaFacts.read(target, module);
		List<String> refusals = new ArrayList<>();
		if (!sourceFacts.exists()) {
			refusals.add("the source has no schema " + module + ": check --source and the module's name");
		}
		String walLevel = single(source, "SHOW wal_level");
		if (!"logical".equals(walLevel)) {
			refusals.add("wal_level is " + walLevel + " on the source, not logical: set wal_level = logical"
					+ " in the source's postgresql.conf and restart it");
		}
		long freeSlots = Long.parseLong(single(source,
				"SELECT current_setting('max_replication_slots')::int - (SELECT count(*) FROM pg_replication_slots)"));
		if (freeSlots < SLOTS_NEEDED) {
			refusals.add("the source has " + freeSlots + " free replication slots, a move needs " + SLOTS_NEEDED
					+ ": raise max_replication_slots or drop an unused slot (pg_replication_slots)");
		}
		for (String crossing : sourceFacts.crossings()) {
			refusals.add(crossing + " crosses the schema's border: reference the other module by id only"
					+ " (drop the constraint or the view) before the move");
		}
		for (SchemaFacts.Table table : sourceFacts.tables()) {
			if (table.primaryKey().isEmpty()) {
				refusals.add("table " + module + "." + table.name() + " has no primary key, so its changes cannot be"
						+ " replicated (no replica identity) nor copied in chunks: add a primary key");
			}
		}
		if (!targetFacts.tables().isEmpty() || !targetFacts.sequences().isEmpty()) {
			refusals.add("the target's schema " + module + " is not empty (" + targetFacts.tables().size()
					+ " tables): move into an empty schema; drop it (DROP SCHEMA " + module
					+ " CASCADE) if it holds nothing you need");
		}
		long pending = sourceFacts.tables().stream().anyMatch((table) -> table.name().equals("outbox"))
				? Long.parseLong(single(source,
						"SELECT count(*) FROM " + SchemaFacts.quote(module) + ".outbox WHERE sent_at IS NULL"))
				: -1;
		return new MovePlan(sourceFacts, targetFacts, pending, List.copyOf(refusals));
	}

	/**
	 * Refuses when a precondition is not met.
	 * @throws CarveException {@link Carve#REFUSED}, naming every precondition not met
	 */
	void requireMet() {
		if (!this.refusals.isEmpty()) {
			throw CarveException.refused(
					"cannot move module " + this.source.schema() + ":\n  - " + String.join("\n  - ", this.refusals));
		}
	}

	static String single(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
	}

}
