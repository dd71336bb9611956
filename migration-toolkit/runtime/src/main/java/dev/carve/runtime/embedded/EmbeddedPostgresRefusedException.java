package dev.carve.runtime.embedded;

/**
 * No datasource is configured, and the embedded PostgreSQL may not stand in for one.
 */
public class EmbeddedPostgresRefusedException extends IllegalStateException {

	EmbeddedPostgresRefusedException(String reason) {
		super("No database is configured: spring.datasource.url is not set, and the embedded PostgreSQL may not"
				+ " start because " + reason);
	}

}
