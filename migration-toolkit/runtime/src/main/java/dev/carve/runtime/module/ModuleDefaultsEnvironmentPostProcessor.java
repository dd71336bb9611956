package dev.carve.runtime.module;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Defaults every application built from modules needs, whatever its own configuration
 * says (and overridable by it): each module runs its own changelog
 * ({@code ModuleLiquibase}), so Spring Boot's single application-wide Liquibase run is
 * off; no JPA session stays open across a web request; and the client address of a
 * request is the connection's, never one taken from {@code X-Forwarded-For} or
 * {@code Forwarded} (which anyone can send). Behind a trusted proxy, set
 * {@code server.forward-headers-strategy=native} and
 * {@code server.tomcat.remoteip.internal-proxies} to a pattern matching only the proxy's
 * addresses. Health details are shown only to operators (administrators, or a service
 * credential meant for operations). Spring Cloud Gateway's form filter, which would turn
 * every form post's parameters into a body before the application's own endpoints read
 * them, is off: a dormant module's forwarded API speaks JSON.
 */
public final class ModuleDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String SOURCE = "carveModuleDefaults";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		environment.getPropertySources()
			.addLast(new MapPropertySource(SOURCE,
					Map.of("spring.liquibase.enabled", "false", "spring.jpa.open-in-view", "false",
							"server.forward-headers-strategy", "none", "management.endpoint.health.roles",
							"ADMIN,OPERATOR", "spring.cloud.gateway.server.webmvc.form-filter.enabled", "false")));
	}

}
