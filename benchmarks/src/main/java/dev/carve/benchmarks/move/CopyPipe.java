package dev.carve.benchmarks.move;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyOut;

/**
 * The baseline a move is measured against: each table whole, as one binary
 * {@code COPY … TO STDOUT} on the source piped into {@code COPY … FROM STDIN} on the
 * target through pgjdbc's copy API, in one source snapshot and one target transaction per
 * table, with the target's foreign keys and triggers off
 * ({@code session_replication_role = replica}) as {@code carve move} writes. No chunks,
 * no progress, no slot, no Kafka: what moving the bytes costs.
 */
final class CopyPipe {

	private CopyPipe() {
	}

	/**
	 * Copies the module's tables into a target that has them, empty.
	 * @param source the source database's JDBC URL
	 * @param target the target database's JDBC URL
	 * @return the rows copied
	 */
	static long copy(String source, String target) throws SQLException {
		try (Connection from = MoveServers.connect(source); Connection to = MoveServers.connect(target)) {
			from.setAutoCommit(false);
			from.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			try (Statement statement = to.createStatement()) {
				statement.execute("SET session_replication_role = replica");
			}
			to.setAutoCommit(false);
			long rows = 0;
			for (String table : InventorySchema.TABLES) {
				String qualified = InventorySchema.MODULE + "." + table;
				CopyOut out = from.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyOut("COPY " + qualified + " TO STDOUT (FORMAT binary)");
				CopyIn in = to.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn("COPY " + qualified + " FROM STDIN (FORMAT binary)");
				for (byte[] data = out.readFromCopy(); data != null; data = out.readFromCopy()) {
					in.writeToCopy(data, 0, data.length);
				}
				rows += in.endCopy();
				to.commit();
			}
			from.commit();
			return rows;
		}
	}

}
