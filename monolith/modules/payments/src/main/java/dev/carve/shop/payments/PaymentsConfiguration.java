package dev.carve.shop.payments;

import javax.sql.DataSource;

import dev.carve.contracts.payments.PaymentGateway;
import dev.carve.runtime.apidocs.ModuleApiDocs;
import dev.carve.runtime.module.ConditionalOnModuleInProcess;
import dev.carve.runtime.module.ModuleDefinition;
import dev.carve.runtime.module.ModuleLiquibase;
import dev.carve.shop.payments.internal.PaymentsProperties;

import org.springdoc.core.models.GroupedOpenApi;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * All of the payments module's beans, present only when the module runs in this process
 * ({@code carve.modules.payments.mode} is {@code in-process} or not set). Ordered before
 * the runtime's events configuration, which is active only when a module definition
 * exists.
 */
@AutoConfiguration
@ConditionalOnModuleInProcess(PaymentsConfiguration.MODULE)
@ComponentScan(basePackageClasses = PaymentsConfiguration.class)
@EntityScan(basePackageClasses = PaymentsConfiguration.class)
@EnableJpaRepositories(basePackageClasses = PaymentsConfiguration.class)
@EnableConfigurationProperties(PaymentsProperties.class)
class PaymentsConfiguration {

	static final String MODULE = "payments";

	@Bean
	ModuleDefinition paymentsModule() {
		return ModuleDefinition.of(MODULE, PaymentsConfiguration.class, PaymentGateway.class);
	}

	@Bean
	ModuleLiquibase paymentsLiquibase(DataSource dataSource, ModuleDefinition paymentsModule) {
		return ModuleLiquibase.of(dataSource, paymentsModule);
	}

	@Bean
	GroupedOpenApi paymentsApiDocs() {
		return ModuleApiDocs.publicApi(MODULE,
				"The payment of an order, and the settings of the simulated payment provider.");
	}

	@Bean
	GroupedOpenApi paymentsGatewayApiDocs() {
		return ModuleApiDocs.gatewayApi(MODULE);
	}

}
