package dev.carve.runtime.embedded;

import java.io.IOException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;

/**
 * With no {@code spring.datasource.url} (and no {@code DataSource} bean), starts
 * PostgreSQL from the embedded binaries with its files under
 * {@code carve.embedded-postgres.data-dir}, and makes it the application's datasource.
 * With the URL set, this backs off and Spring Boot's own datasource is used.
 * <p>
 * The embedded server is for development: it logs a warning when it starts. With
 * {@code carve.embedded-postgres.enabled=false}, or with the {@value #PRODUCTION_PROFILE}
 * profile active, a missing {@code spring.datasource.url} fails the start-up with
 * {@link EmbeddedPostgresRefusedException} instead.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnClass({ EmbeddedPostgres.class, HikariDataSource.class })
@Conditional(OnNoDatasourceUrlCondition.class)
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
public final class EmbeddedPostgresAutoConfiguration {

	/** The profile in which the embedded server never starts. */
	public static final String PRODUCTION_PROFILE = "production";

	private static final Log logger = LogFactory.getLog(EmbeddedPostgresAutoConfiguration.class);

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean({ EmbeddedPostgresServer.class, DataSource.class })
	EmbeddedPostgresServer carveEmbeddedPostgres(EmbeddedPostgresProperties properties, Environment environment)
			throws IOException {
		if (environment.matchesProfiles(PRODUCTION_PROFILE)) {
			throw new EmbeddedPostgresRefusedException("the '" + PRODUCTION_PROFILE + "' profile is active");
		}
		if (!properties.enabled()) {
			throw new EmbeddedPostgresRefusedException("carve.embedded-postgres.enabled is false");
		}
		EmbeddedPostgresServer server = EmbeddedPostgresServer.start(properties);
		logger.warn("No spring.datasource.url is set, so the embedded PostgreSQL runs on port " + server.port()
				+ " with its data in " + server.dataDir() + ". It is for development and trying Carve out, not"
				+ " for production: set spring.datasource.url there (and the profile '" + PRODUCTION_PROFILE
				+ "' or carve.embedded-postgres.enabled=false to make sure it never starts).");
		return server;
	}

	@Bean
	@ConditionalOnMissingBean(DataSource.class)
	HikariDataSource dataSource(EmbeddedPostgresServer server) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.jdbcUrl());
		dataSource.setUsername("postgres");
		dataSource.setPassword(server.password());
		dataSource.setPoolName("carve-embedded");
		return dataSource;
	}

}
