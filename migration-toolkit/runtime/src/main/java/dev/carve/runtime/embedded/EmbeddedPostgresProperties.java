package dev.carve.runtime.embedded;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.system.ApplicationHome;

/**
 * The embedded PostgreSQL a process starts when {@code spring.datasource.url} is not set,
 * under {@code carve.embedded-postgres}.
 *
 * @param enabled whether to start one when no datasource is configured; when
 * {@code false} (or with the {@code production} profile active) a missing
 * {@code spring.datasource.url} fails the start-up instead
 * @param dataDir where the database keeps its files; kept across restarts, along with the
 * generated password of the {@code postgres} role and other secrets of the data
 * @param port the port to listen on, {@code 0} for any free port
 * @param database the database the application uses
 * @param binariesDir a directory whose jars hold the PostgreSQL binaries, searched when
 * the class path has none; by default {@value #BINARIES_DIR} beside the application's
 * jar, where the build copies them (ADR 30)
 */
@ConfigurationProperties("carve.embedded-postgres")
public record EmbeddedPostgresProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("./.carve/data") Path dataDir, @DefaultValue("0") int port,
		@DefaultValue("carve") String database, @Nullable Path binariesDir) {

	/** The directory beside the application's jar that holds the binaries by default. */
	public static final String BINARIES_DIR = "embedded-postgres";

	/**
	 * The directory searched for the binaries when the class path has none.
	 * @return {@link #binariesDir()} when set, else {@value #BINARIES_DIR} in the
	 * directory Spring Boot's {@link ApplicationHome} names: the one that holds the
	 * application's jar, or the working directory where it finds no jar (Spring Boot's
	 * extracted layout, an IDE)
	 */
	public Path binariesDirOrDefault() {
		return (this.binariesDir != null) ? this.binariesDir
				: new ApplicationHome().getDir().toPath().resolve(BINARIES_DIR);
	}

}
