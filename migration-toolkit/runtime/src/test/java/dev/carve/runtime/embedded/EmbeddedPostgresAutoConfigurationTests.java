package dev.carve.runtime.embedded;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(EmbeddedPostgresAutoConfiguration.class));

	@Test
	void disabledWithoutADatasourceUrlTheStartFailsNamingTheUrl() {
		this.runner.withPropertyValues("carve.embedded-postgres.enabled=false").run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new EmbeddedPostgresRefusedFailureAnalyzer()
				.analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains("spring.datasource.url is not set")
				.contains("carve.embedded-postgres.enabled is false");
			assertThat(analysis.getAction()).contains("spring.datasource.url");
		});
	}

	@Test
	void theProductionProfileRefusesItWhateverTheSwitchSays() {
		this.runner.withPropertyValues("spring.profiles.active=production", "carve.embedded-postgres.enabled=true")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(EmbeddedPostgresRefusedException.class)
					.hasMessageContaining("spring.datasource.url")
					.hasMessageContaining("'production' profile");
			});
	}

	@Test
	void withADatasourceUrlItBacksOffWhateverTheSwitchSays() {
		this.runner
			.withPropertyValues("carve.embedded-postgres.enabled=false",
					"spring.datasource.url=jdbc:postgresql://db.example/carve")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).doesNotHaveBean(EmbeddedPostgresServer.class);
			});
	}

}
