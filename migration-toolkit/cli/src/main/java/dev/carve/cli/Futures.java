package dev.carve.cli;

import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Results of work a command hands to a thread of its own. */
final class Futures {

	private Futures() {
	}

	/**
	 * Waits for a result and throws what the work threw, unwrapped: a database's
	 * {@link SQLException} stays one, so that the command reports it as it does its own.
	 * @param future the work
	 * @return its result
	 */
	static <T> T result(Future<T> future) throws SQLException, InterruptedException {
		try {
			return future.get();
		}
		catch (ExecutionException ex) {
			switch (ex.getCause()) {
				case SQLException sql -> throw sql;
				case InterruptedException interrupted -> throw interrupted;
				case RuntimeException runtime -> throw runtime;
				case Error error -> throw error;
				default -> throw new IllegalStateException(ex.getCause());
			}
		}
	}

}
