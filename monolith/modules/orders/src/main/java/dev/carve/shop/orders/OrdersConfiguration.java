package dev.carve.shop.orders;

import javax.sql.DataSource;

import dev.carve.contracts.orders.OrderGateway;
import dev.carve.runtime.apidocs.ModuleApiDocs;
import dev.carve.runtime.module.ConditionalOnModuleInProcess;
import dev.carve.runtime.module.ModuleDefinition;
import dev.carve.runtime.module.ModuleLiquibase;
import dev.carve.shop.orders.internal.OrdersProperties;

import org.springdoc.core.models.GroupedOpenApi;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The orders module, switched on when it runs in this process
 * ({@code carve.modules.orders.mode} is {@code in-process} or not set): its schema, its
 * repository, its HTTP API, its listeners and its {@link OrderGateway}. Ordered before
 * the runtime's events configuration, which exists only when it finds a module's
 * {@link ModuleDefinition}.
 */
@AutoConfiguration
@ConditionalOnModuleInProcess(OrdersConfiguration.MODULE)
@ComponentScan(basePackageClasses = OrdersConfiguration.class)
@EntityScan(basePackageClasses = OrdersConfiguration.class)
@EnableJpaRepositories(basePackageClasses = OrdersConfiguration.class)
@EnableConfigurationProperties(OrdersProperties.class)
class OrdersConfiguration {

	static final String MODULE = "orders";

	@Bean
	ModuleDefinition ordersModule() {
		return ModuleDefinition.of(MODULE, OrdersConfiguration.class, OrderGateway.class);
	}

	@Bean
	ModuleLiquibase ordersLiquibase(DataSource dataSource, ModuleDefinition ordersModule) {
		return ModuleLiquibase.of(dataSource, ordersModule);
	}

	@Bean
	GroupedOpenApi ordersApiDocs() {
		return ModuleApiDocs.publicApi(MODULE,
				"The signed-in customer's orders: place one, look one up, list them, cancel one.");
	}

	@Bean
	GroupedOpenApi ordersGatewayApiDocs() {
		return ModuleApiDocs.gatewayApi(MODULE);
	}

}
