package dev.carve.runtime.embedded;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

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
 */
@ConfigurationProperties("carve.embedded-postgres")
public record EmbeddedPostgresProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("./.carve/data") Path dataDir, @DefaultValue("0") int port,
		@DefaultValue("carve") String database) {
}
