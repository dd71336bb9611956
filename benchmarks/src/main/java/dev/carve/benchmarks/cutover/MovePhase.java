package dev.carve.benchmarks.cutover;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import dev.carve.benchmarks.move.CarveRun;
import dev.carve.benchmarks.move.MoveServers;

/**
 * A move's phase as the move records it in its target ({@code carve_move.moves}).
 */
final class MovePhase {

	private static final String STREAMING = "STREAMING";

	private MovePhase() {
	}

	/**
	 * Waits until the move streams, asking every 100 ms.
	 * @param target the target database's JDBC URL
	 * @param module the module moved
	 * @param move the running move
	 * @param atMost how long to wait
	 * @return the seconds since the move started
	 * @throws IllegalStateException when the move ends first or does not stream in time
	 */
	static double awaitStreaming(String target, String module, CarveRun move, Duration atMost) throws Exception {
		long giveUp = System.nanoTime() + atMost.toNanos();
		while (!STREAMING.equals(phase(target, module))) {
			if (!move.isAlive()) {
				throw new IllegalStateException("The move ended before it streamed:\n" + move.output());
			}
			if (System.nanoTime() > giveUp) {
				throw new IllegalStateException("The move did not stream within " + atMost + ":\n" + move.output());
			}
			Thread.sleep(100);
		}
		return move.seconds();
	}

	/** The phase, or {@code null} before the move has recorded one. */
	private static @Nullable String phase(String target, String module) throws SQLException {
		try (Connection connection = MoveServers.connect(target);
				Statement statement = connection.createStatement();
				ResultSet result = statement
					.executeQuery("SELECT phase FROM carve_move.moves WHERE module = '" + module + "'")) {
			return result.next() ? result.getString(1) : null;
		}
		catch (SQLException ex) {
			if (MoveServers.isMissingRelation(ex)) {
				return null;
			}
			throw ex;
		}
	}

}
