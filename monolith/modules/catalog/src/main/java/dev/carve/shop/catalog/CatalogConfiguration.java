package dev.carve.shop.catalog;

import javax.sql.DataSource;

import dev.carve.contracts.catalog.CatalogGateway;
import dev.carve.runtime.apidocs.ModuleApiDocs;
import dev.carve.runtime.module.ConditionalOnModuleInProcess;
import dev.carve.runtime.module.ModuleDefinition;
import dev.carve.runtime.module.ModuleLiquibase;

import org.springdoc.core.models.GroupedOpenApi;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * All of the catalog module's beans, present only when the module runs in this process
 * ({@code carve.modules.catalog.mode} is {@code in-process} or not set). It comes before
 * the runtime's events configuration, which only exists once a module is defined.
 */
@AutoConfiguration
@ConditionalOnModuleInProcess(CatalogConfiguration.MODULE)
@ComponentScan(basePackageClasses = CatalogConfiguration.class)
@EntityScan(basePackageClasses = CatalogConfiguration.class)
@EnableJpaRepositories(basePackageClasses = CatalogConfiguration.class)
class CatalogConfiguration {

	static final String MODULE = "catalog";

	@Bean
	ModuleDefinition catalogModule() {
		return ModuleDefinition.of(MODULE, CatalogConfiguration.class, CatalogGateway.class);
	}

	@Bean
	ModuleLiquibase catalogLiquibase(DataSource dataSource, ModuleDefinition catalogModule) {
		return ModuleLiquibase.of(dataSource, catalogModule);
	}

	@Bean
	GroupedOpenApi catalogApiDocs() {
		return ModuleApiDocs.publicApi(MODULE,
				"The products of the shop: anyone signed in lists and reads them, administrators add, change and deactivate them.");
	}

	@Bean
	GroupedOpenApi catalogGatewayApiDocs() {
		return ModuleApiDocs.gatewayApi(MODULE);
	}

}
