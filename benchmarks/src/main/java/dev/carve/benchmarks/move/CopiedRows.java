package dev.carve.benchmarks.move;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Watches a move's progress in its target, where the move records the rows it has copied
 * of each table ({@code carve_move.copied}), on one connection.
 */
final class CopiedRows implements AutoCloseable {

	private final Connection connection;

	/**
	 * @param target the target database's JDBC URL
	 */
	CopiedRows(String target) throws SQLException {
		this.connection = MoveServers.connect(target);
	}

	/** The rows copied so far, 0 before the move has recorded any. */
	long rows() throws SQLException {
		try (Statement statement = this.connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT coalesce(sum(rows), 0) FROM carve_move.copied")) {
			result.next();
			return result.getLong(1);
		}
		catch (SQLException ex) {
			if (MoveServers.isMissingRelation(ex)) {
				return 0;
			}
			throw ex;
		}
	}

	/**
	 * Waits until the move has copied some rows, asking every 20 ms.
	 * @param rows the rows to wait for
	 * @param move the running move
	 * @return the seconds since the move started
	 * @throws IllegalStateException when the move ends first
	 */
	double await(long rows, CarveRun move) throws Exception {
		while (rows() < rows) {
			if (!move.isAlive()) {
				throw new IllegalStateException(
						"The move ended before " + rows + " rows were copied:\n" + move.output());
			}
			Thread.sleep(20);
		}
		return move.seconds();
	}

	@Override
	public void close() throws SQLException {
		this.connection.close();
	}

}
