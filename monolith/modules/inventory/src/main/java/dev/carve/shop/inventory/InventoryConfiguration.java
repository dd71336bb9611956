package dev.carve.shop.inventory;

import javax.sql.DataSource;

import dev.carve.contracts.inventory.InventoryGateway;
import dev.carve.runtime.apidocs.ModuleApiDocs;
import dev.carve.runtime.module.ConditionalOnModuleInProcess;
import dev.carve.runtime.module.ModuleDefinition;
import dev.carve.runtime.module.ModuleLiquibase;
import dev.carve.shop.inventory.internal.InventoryProperties;

import org.springdoc.core.models.GroupedOpenApi;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;

/**
 * All of the inventory module's beans, present only when the module runs in this process
 * ({@code carve.modules.inventory.mode} is {@code in-process} or not set). It comes
 * before the runtime's events configuration, which only exists once a module is defined.
 * The module keeps its tables with plain SQL (its counters change by conditional
 * updates), so it declares no JPA entities or repositories.
 */
@AutoConfiguration
@ConditionalOnModuleInProcess(InventoryConfiguration.MODULE)
@ComponentScan(basePackageClasses = InventoryConfiguration.class)
@EnableConfigurationProperties(InventoryProperties.class)
class InventoryConfiguration {

	static final String MODULE = "inventory";

	@Bean
	ModuleDefinition inventoryModule() {
		return ModuleDefinition.of(MODULE, InventoryConfiguration.class, InventoryGateway.class);
	}

	@Bean
	ModuleLiquibase inventoryLiquibase(DataSource dataSource, ModuleDefinition inventoryModule) {
		return ModuleLiquibase.of(dataSource, inventoryModule);
	}

	@Bean
	GroupedOpenApi inventoryApiDocs() {
		return ModuleApiDocs.publicApi(MODULE, "Stock per SKU: anyone signed in reads it, administrators set it.");
	}

	@Bean
	GroupedOpenApi inventoryGatewayApiDocs() {
		return ModuleApiDocs.gatewayApi(MODULE);
	}

}
