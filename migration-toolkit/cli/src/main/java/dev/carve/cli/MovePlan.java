package dev.carve.cli;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

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
		return read(source, target, module, false, SchemaFacts.Rows.COUNTED);
	}

	/**
	 * Reads both databases and checks every precondition of a move.
	 * @param source a connection to the source database
	 * @param target a connection to the target database
	 * @param module the module, also its schema's name
	 * @param replaceTarget whether the target's tables may hold rows, to be replaced
	 * ({@link ReplaceTarget})
	 * @param rows how the tables' rows are known: counted for a plan, estimated for a
	 * move that resumes and only shows its progress with them
	 */
	static MovePlan read(Connection source, Connection target, String module, boolean replaceTarget,
			SchemaFacts.Rows rows) throws SQLException {
		SchemaFacts sourceFacts = SchemaFacts.read(source, module, rows);
		SchemaFacts targetFacts = SchemaFacts.read(target, module, rows);
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
		String slot = new MoveNames(module).slot();
		if ("t".equals(
				single(source, "SELECT EXISTS (SELECT FROM pg_replication_slots WHERE slot_name = '" + slot + "')"))) {
			refusals.add("the source already has the replication slot " + slot + ": another move of " + module
					+ " is under way or was left unfinished; continue it with carve move " + module
					+ " and that move's --target, or end it with carve move " + module
					+ " --abort and that move's --target, which removes the slot");
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
		MoveState.Phase earlier = MoveState.phase(source, module);
		if (earlier != null) {
			refusals.add("the source holds the state of the move that brought " + module + " there ("
					+ earlier.name().toLowerCase(Locale.ROOT) + "): finish it with carve move " + module
					+ " --abort and that move's --source and --target, which removes its slot and topic");
		}
		boolean targetHoldsTables = !targetFacts.tables().isEmpty() || !targetFacts.sequences().isEmpty();
		if (targetHoldsTables && replaceTarget) {
			String refusal = ReplaceTarget.refusal(target, module);
			if (refusal != null) {
				refusals.add(refusal);
			}
		}
		else if (targetHoldsTables) {
			refusals.add("the target's schema " + module + " is not empty (" + targetFacts.tables().size()
					+ " tables): move into an empty schema; drop it (DROP SCHEMA " + module
					+ " CASCADE) if it holds nothing you need, or move with --replace-target if it is the module's"
					+ " old home and its process there holds it dormant");
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

	/**
	 * One column of a module's row in a table that may not exist.
	 * @return the value; {@code null} without the table or the row
	 */
	static @Nullable String ofModule(Connection connection, String table, String column, String module)
			throws SQLException {
		if (single(connection, "SELECT to_regclass('" + table + "')::text") == null) {
			return null;
		}
		try (PreparedStatement statement = connection
			.prepareStatement("SELECT " + column + " FROM " + table + " WHERE module = ?")) {
			statement.setString(1, module);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() ? result.getString(1) : null;
			}
		}
	}

	static String single(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
	}

}
