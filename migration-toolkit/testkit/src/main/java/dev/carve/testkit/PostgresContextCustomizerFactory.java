package dev.carve.testkit;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/** Applies {@link WithPostgres}: each new context gets a new database. */
class PostgresContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		boolean wanted = TestContextAnnotationUtils.hasAnnotation(testClass, WithPostgres.class);
		return wanted ? new PostgresContextCustomizer() : null;
	}

	private static final class PostgresContextCustomizer implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			PostgresServer server = TestInfrastructure.postgres();
			String url = TestInfrastructure.newDatabase();
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("carvePostgres",
						Map.of("spring.datasource.url", url, "spring.datasource.username", server.username(),
								"spring.datasource.password", server.password())));
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof PostgresContextCustomizer;
		}

		@Override
		public int hashCode() {
			return PostgresContextCustomizer.class.hashCode();
		}

	}

}
