package dev.carve.runtime.sample;

import javax.sql.DataSource;

import dev.carve.runtime.module.ConditionalOnModuleInProcess;
import dev.carve.runtime.module.ModuleDefinition;
import dev.carve.runtime.module.ModuleLiquibase;
import dev.carve.runtime.events.ModuleEvents;
import dev.carve.runtime.samplecontract.SampleEvents;
import dev.carve.runtime.samplecontract.SampleHappened;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * A module that exists only to test the runtime: it publishes and listens to
 * {@link SampleHappened}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnModuleInProcess("sample")
@Import({ SampleListeners.class, SampleService.class })
public class SampleConfiguration {

	@Bean
	ModuleDefinition sampleModule() {
		return ModuleDefinition.of("sample", SampleConfiguration.class, SampleHappened.class);
	}

	@Bean
	ModuleEvents sampleEvents() {
		return SampleEvents.moduleEvents();
	}

	@Bean
	ModuleLiquibase sampleLiquibase(DataSource dataSource, ModuleDefinition sampleModule) {
		return ModuleLiquibase.of(dataSource, sampleModule);
	}

}
