package dev.carve.runtime.module;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class ModuleDefaultsEnvironmentPostProcessorTests {

	@Test
	void theDefaultsHoldWhereTheApplicationSaysNothingAndItsOwnSettingsWin() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.jpa.open-in-view", "true");
		new ModuleDefaultsEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("spring.jpa.open-in-view")).isEqualTo("true");
		assertThat(environment.getProperty("spring.liquibase.enabled")).isEqualTo("false");
		assertThat(environment.getProperty("server.forward-headers-strategy")).isEqualTo("none");
		assertThat(environment.getProperty("management.endpoint.health.roles")).isEqualTo("ADMIN,OPERATOR");
	}

}
