package dev.carve.shop.notifications;

import javax.sql.DataSource;

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
 * All of the notifications module's beans, present only when the module runs in this
 * process ({@code carve.modules.notifications.mode} is {@code in-process} or not set).
 * Ordered before the runtime's events configuration, which is active only when a module
 * definition exists.
 */
@AutoConfiguration
@ConditionalOnModuleInProcess(NotificationsConfiguration.MODULE)
@ComponentScan(basePackageClasses = NotificationsConfiguration.class)
@EntityScan(basePackageClasses = NotificationsConfiguration.class)
@EnableJpaRepositories(basePackageClasses = NotificationsConfiguration.class)
class NotificationsConfiguration {

	static final String MODULE = "notifications";

	/** The contract declares no types, only its package, so the definition names it. */
	static final String CONTRACT_PACKAGE = "dev.carve.contracts.notifications";

	@Bean
	ModuleDefinition notificationsModule() {
		return new ModuleDefinition(MODULE, NotificationsConfiguration.class.getPackageName(), CONTRACT_PACKAGE);
	}

	@Bean
	ModuleLiquibase notificationsLiquibase(DataSource dataSource, ModuleDefinition notificationsModule) {
		return ModuleLiquibase.of(dataSource, notificationsModule);
	}

	@Bean
	GroupedOpenApi notificationsApiDocs() {
		return ModuleApiDocs.publicApi(MODULE, "The signed-in customer's notifications.");
	}

}
