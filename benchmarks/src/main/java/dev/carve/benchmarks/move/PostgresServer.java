package dev.carve.benchmarks.move;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;

/**
 * One PostgreSQL server a move runs from or to, started for one run and stopped by
 * {@link #close()}.
 */
interface PostgresServer extends AutoCloseable {

	/**
	 * Creates an empty database.
	 * @return its JDBC URL, with the user
	 */
	String newDatabase(String name) throws SQLException;

	/** A database's connection string for libpq's clients ({@code pg_dump -d …}). */
	String conninfo(String database);

	/**
	 * The directory of the server's own client programs ({@code pg_dump},
	 * {@code pg_restore}), empty when the server comes without them.
	 */
	Optional<Path> clients();

	/** Stops the server. */
	@Override
	void close() throws IOException;

}
