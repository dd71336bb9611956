package dev.carve.runtime.startup;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Defaults that keep a start-up short enough to read, each overridable by any property
 * source (for example {@code LOGGING_LEVEL_LIQUIBASE=info}): no banner; Liquibase, the
 * embedded PostgreSQL's {@code initdb} and server output, Spring Data's repository
 * scanning and Hibernate's connection summary at WARN (the start-up report names the
 * database); and SpringDoc's endpoints enabled explicitly, which is what stops SpringDoc
 * warning that they are enabled by default.
 */
public final class QuietStartupEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String SOURCE = "carveQuietStartup";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		environment.getPropertySources()
			.addLast(new MapPropertySource(SOURCE,
					Map.of("spring.main.banner-mode", "off", "logging.level.liquibase", "warn",
							"logging.level.io.zonky.test.db.postgres", "warn",
							"logging.level.org.springframework.data.repository.config", "warn",
							"logging.level.org.hibernate.orm.connections.pooling", "warn", "springdoc.api-docs.enabled",
							"true", "springdoc.swagger-ui.enabled", "true")));
	}

}
