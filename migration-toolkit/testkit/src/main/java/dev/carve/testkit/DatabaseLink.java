package dev.carve.testkit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database on the test PostgreSQL server reached through a link that a test can cut, to
 * take the database out of reach of one application while it keeps running and keeps its
 * data: open connections drop, new ones are refused, until the outage ends.
 */
public final class DatabaseLink implements AutoCloseable {

	private static final Pattern HOST_AND_PORT = Pattern.compile("^(jdbc:postgresql://)([^:/]+):(\\d+)(/.*)$");

	private final TcpProxy link = new TcpProxy();

	private final String url;

	private DatabaseLink(String url) {
		Matcher matcher = HOST_AND_PORT.matcher(url);
		if (!matcher.matches()) {
			throw new IllegalArgumentException("Not a PostgreSQL JDBC URL with host and port: " + url);
		}
		this.link.forwardTo(Integer.parseInt(matcher.group(3)));
		this.url = matcher.group(1) + "127.0.0.1:" + this.link.port() + matcher.group(4);
	}

	/**
	 * A new, empty database on the shared server, reached through a link.
	 * @return the link; connect to {@link #url()}
	 */
	public static DatabaseLink newDatabase() {
		return new DatabaseLink(TestInfrastructure.newDatabase());
	}

	/** The JDBC URL that reaches the database through the link. */
	public String url() {
		return this.url;
	}

	/**
	 * Takes the database out of reach until the returned outage is closed.
	 * @return the outage; closing it ends it
	 */
	public TestKafka.Outage outage() {
		this.link.cut();
		return this.link::restore;
	}

	@Override
	public void close() {
		this.link.close();
	}

}
