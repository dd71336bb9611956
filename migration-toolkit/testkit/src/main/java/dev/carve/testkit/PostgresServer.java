package dev.carve.testkit;

/** A running PostgreSQL server tests can create databases on. */
public interface PostgresServer {

	/**
	 * Creates a new, empty database.
	 * @param name the database's name, a lower-case identifier
	 * @return the JDBC URL of the new database
	 */
	String createDatabase(String name);

	/** The user name to connect with. */
	String username();

	/** The password to connect with. */
	String password();

}
