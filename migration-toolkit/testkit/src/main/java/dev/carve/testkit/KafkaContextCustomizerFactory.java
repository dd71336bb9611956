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

/** Applies {@link WithKafka}. */
class KafkaContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		boolean wanted = TestContextAnnotationUtils.hasAnnotation(testClass, WithKafka.class);
		return wanted ? new KafkaContextCustomizer() : null;
	}

	private static final class KafkaContextCustomizer implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("carveKafka", Map.of("spring.kafka.bootstrap-servers",
						TestKafka.shared().bootstrapServers(), "carve.events.kafka.enabled", "true")));
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof KafkaContextCustomizer;
		}

		@Override
		public int hashCode() {
			return KafkaContextCustomizer.class.hashCode();
		}

	}

}
