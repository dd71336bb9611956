package dev.carve.benchmarks.move;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * PostgreSQL's own logical replication of the inventory's {@code stock} table from the
 * source into a target that has the schema: a publication on the source and a
 * subscription on the target, without copying the rows that are there (the same
 * {@code pgoutput} decoding as {@code carve move}, applied by the target's own worker
 * instead of through Kafka). {@link #close()} drops both, and with the subscription its
 * slot on the source.
 *
 * @param source the source database's JDBC URL
 * @param target the target database's JDBC URL
 */
record NativeSubscription(String source, String target) implements AutoCloseable {

	private static final String NAME = "lag_baseline";

	/**
	 * Publishes the table on the source and subscribes to it from the target.
	 * @param source the source database's JDBC URL
	 * @param sourceConninfo the source database's connection string, as the target server
	 * reaches it
	 * @param target the target database's JDBC URL
	 */
	static NativeSubscription start(String source, String sourceConninfo, String target) throws SQLException {
		execute(source, "CREATE PUBLICATION " + NAME + " FOR TABLE inventory.stock");
		execute(target, "CREATE SUBSCRIPTION " + NAME + " CONNECTION '" + sourceConninfo + "' PUBLICATION " + NAME
				+ " WITH (copy_data = false)");
		return new NativeSubscription(source, target);
	}

	private static void execute(String url, String sql) throws SQLException {
		try (Connection connection = MoveServers.connect(url); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	@Override
	public void close() throws SQLException {
		try {
			execute(this.target, "DROP SUBSCRIPTION " + NAME);
		}
		finally {
			execute(this.source, "DROP PUBLICATION " + NAME);
		}
	}

}
