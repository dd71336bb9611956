package dev.carve.runtime.startup;

import dev.carve.runtime.module.ModuleDefinition;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** The start-up report. */
@AutoConfiguration
public final class StartupAutoConfiguration {

	@Bean
	StartupReport carveStartupReport(ObjectProvider<ModuleDefinition> modules) {
		return new StartupReport(modules);
	}

}
