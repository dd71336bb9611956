package dev.carve.runtime.samplesink;

import javax.sql.DataSource;

import dev.carve.runtime.events.ModuleEvents;
import dev.carve.runtime.module.ModuleDefinition;
import dev.carve.runtime.module.ModuleLiquibase;
import dev.carve.runtime.samplecontract.SampleEvents;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * A module that consumes the sample module's events from another process: it records each
 * in {@code samplesink.received}, with no unique constraint, so a duplicate effect shows.
 */
@Configuration(proxyBeanMethods = false)
@Import(SinkListener.class)
public class SinkConfiguration {

	@Bean
	ModuleDefinition sinkModule() {
		return ModuleDefinition.of("samplesink", SinkConfiguration.class, SinkConfiguration.class);
	}

	@Bean
	ModuleLiquibase sinkLiquibase(DataSource dataSource, ModuleDefinition sinkModule) {
		return ModuleLiquibase.of(dataSource, sinkModule);
	}

	@Bean
	ModuleEvents sampleEvents() {
		return SampleEvents.moduleEvents();
	}

}
