package dev.carve.runtime.startup;

import dev.carve.runtime.embedded.EmbeddedPostgresServer;
import dev.carve.runtime.module.ModuleDefinition;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/** The start-up report. */
@AutoConfiguration
public final class StartupAutoConfiguration {

	@Bean
	StartupReport carveStartupReport(ObjectProvider<ModuleDefinition> modules, Environment environment,
			ApplicationContext context) {
		return new StartupReport(modules, environment,
				new DatabaseDescription(environment, context.getBeanProvider(EmbeddedPostgresServer.class)));
	}

}
