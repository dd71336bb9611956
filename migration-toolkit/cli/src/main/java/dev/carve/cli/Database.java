package dev.carve.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * One PostgreSQL database a command reads or writes: opens connections and turns a
 * database that cannot be reached into {@link Carve#UNREACHABLE}. Its descriptions never
 * hold the password, not even one written into the URL.
 *
 * @param role what the database is to the move: {@code source} or {@code target}
 * @param url the JDBC URL
 * @param user the user, or {@code null} for the URL's or the driver's default
 * @param password the password, or {@code null}
 */
record Database(String role, String url, @Nullable String user, @Nullable String password) {

	private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)(password=)[^&]*");

	/**
	 * Opens a connection, in auto-commit mode, with the session settings that make text
	 * values the same on both sides (UTC, ISO dates, exact floats).
	 * @throws CarveException {@link Carve#UNREACHABLE} when the server cannot be reached
	 */
	Connection connect() {
		return connect(new Properties());
	}

	/**
	 * Opens a connection with extra driver properties.
	 * @param extra driver properties, such as {@code replication=database}
	 * @throws CarveException {@link Carve#UNREACHABLE} when the server cannot be reached
	 */
	Connection connect(Properties extra) {
		Properties properties = new Properties();
		if (this.user != null) {
			properties.setProperty("user", this.user);
		}
		if (this.password != null) {
			properties.setProperty("password", this.password);
		}
		properties.setProperty("connectTimeout", "5");
		properties.setProperty("ApplicationName", "carve");
		properties.setProperty("options",
				"-c TimeZone=UTC -c DateStyle=ISO -c IntervalStyle=postgres -c extra_float_digits=3");
		properties.putAll(extra);
		try {
			return DriverManager.getConnection(this.url, properties);
		}
		catch (SQLException ex) {
			String state = (ex.getSQLState() != null) ? ex.getSQLState() : "";
			if (state.startsWith("08")) {
				throw CarveException.unreachable("cannot reach the " + this.role + " database at " + safeUrl() + ": "
						+ withoutFinalStop(ex.getMessage()) + ". Check that it runs and that --" + this.role
						+ " is right.", ex);
			}
			throw CarveException.failed(
					"cannot connect to the " + this.role + " database at " + safeUrl() + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Opens a connection that writes a move's rows: text parameters untyped (the server
	 * reads each into its column's type), batched inserts, and foreign keys and triggers
	 * off as in PostgreSQL's own replication
	 * ({@code session_replication_role = replica}), since rows arrive in key order, not
	 * in the order of their references. Needs a superuser, or on PostgreSQL 15 and later
	 * {@code GRANT SET ON PARAMETER}.
	 * @throws CarveException {@link Carve#UNREACHABLE} when the server cannot be reached
	 */
	Connection connectForWriting() throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("stringtype", "unspecified");
		properties.setProperty("reWriteBatchedInserts", "true");
		Connection connection = connect(properties);
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET session_replication_role = replica");
		}
		catch (SQLException ex) {
			connection.close();
			throw ex;
		}
		return connection;
	}

	private static String withoutFinalStop(String message) {
		return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
	}

	/** The URL with any password in it masked. */
	String safeUrl() {
		return PASSWORD_IN_URL.matcher(this.url).replaceAll("$1***");
	}

	@Override
	public String toString() {
		return this.role + " " + safeUrl();
	}

}
