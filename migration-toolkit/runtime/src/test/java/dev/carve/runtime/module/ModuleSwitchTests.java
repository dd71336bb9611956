package dev.carve.runtime.module;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class ModuleSwitchTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(InventoryLikeConfiguration.class, RemoteInventoryConfiguration.class);

	@Test
	void moduleIsInProcessWhenNothingIsSaid() {
		this.runner.run((context) -> {
			assertThat(context).hasBean("inventoryModuleBean");
			assertThat(context).doesNotHaveBean("remoteInventoryBean");
		});
	}

	@Test
	void moduleIsInProcessWhenSaidSo() {
		this.runner.withPropertyValues("carve.modules.inventory.mode=in-process")
			.run((context) -> assertThat(context).hasBean("inventoryModuleBean"));
	}

	@Test
	void noneOfTheModulesBeansExistWhenItRunsElsewhere() {
		this.runner.withPropertyValues("carve.modules.inventory.mode=grpc").run((context) -> {
			assertThat(context).doesNotHaveBean("inventoryModuleBean");
			assertThat(context).hasBean("remoteInventoryBean");
		});
		this.runner.withPropertyValues("carve.modules.inventory.mode=http")
			.run((context) -> assertThat(context).doesNotHaveBean("inventoryModuleBean"));
	}

	@Test
	void otherModulesModesDoNotMatter() {
		this.runner.withPropertyValues("carve.modules.orders.mode=http")
			.run((context) -> assertThat(context).hasBean("inventoryModuleBean"));
	}

	@Test
	void anUnknownModeFailsTheStart() {
		this.runner.withPropertyValues("carve.modules.inventory.mode=carrier-pigeon")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnModuleInProcess("inventory")
	static class InventoryLikeConfiguration {

		@Bean
		String inventoryModuleBean() {
			return "in-process";
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnModuleMode(module = "inventory", mode = ModuleMode.GRPC)
	static class RemoteInventoryConfiguration {

		@Bean
		String remoteInventoryBean() {
			return "grpc";
		}

	}

}
