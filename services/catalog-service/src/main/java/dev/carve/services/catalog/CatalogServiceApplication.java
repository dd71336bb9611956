package dev.carve.services.catalog;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The catalog module as a service of its own.
 *
 * <p>
 * There is deliberately no component scan: the module's beans come only from its own
 * auto-configuration, exactly as in the monolith, so this process runs the same module
 * artifact and nothing else.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class CatalogServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(CatalogServiceApplication.class, args);
	}

}
