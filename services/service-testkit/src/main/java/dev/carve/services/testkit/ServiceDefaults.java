package dev.carve.services.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.env.PropertySourcesPropertyResolver;
import org.springframework.core.io.ClassPathResource;

/**
 * A service's settings as its {@code application.yaml} gives them, with placeholders
 * resolved to their defaults: nothing from the environment or the test.
 */
final class ServiceDefaults {

	private ServiceDefaults() {
	}

	static PropertyResolver load() {
		MutablePropertySources sources = new MutablePropertySources();
		try {
			new YamlPropertySourceLoader().load("application.yaml", new ClassPathResource("application.yaml"))
				.forEach(sources::addLast);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new PropertySourcesPropertyResolver(sources);
	}

}
