package dev.carve.endtoend;

import java.util.HashMap;
import java.util.Map;

import dev.carve.testkit.PostgresServer;
import dev.carve.testkit.TestInfrastructure;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the shop's modules in this JVM, as the monolith, with a database of its own. */
final class Monoliths {

	private Monoliths() {
	}

	/**
	 * Starts a monolith on an HTTP port.
	 * @param port the HTTP port
	 * @param properties what differs from the one-jar default: which modules run
	 * elsewhere, Kafka
	 * @return the running monolith
	 */
	static ConfigurableApplicationContext start(int port, Map<String, Object> properties) {
		PostgresServer postgres = TestInfrastructure.postgres();
		SpringApplication application = new SpringApplication(MixedShopApplication.class);
		Map<String, Object> all = new HashMap<>();
		all.put("server.port", port);
		all.put("spring.grpc.server.port", 0);
		all.put("spring.datasource.url", TestInfrastructure.newDatabase());
		all.put("spring.datasource.username", postgres.username());
		all.put("spring.datasource.password", postgres.password());
		all.put("carve.embedded-postgres.enabled", false);
		all.put("carve.identity.admin.email", ShopUser.ADMIN_EMAIL);
		all.put("carve.identity.admin.password", ShopUser.ADMIN_PASSWORD);
		// Every customer of the tests signs up from one address.
		all.put("shop.identity.sign-up.per-address", 1000);
		all.put("shop.identity.sign-up.total", 1000);
		all.put("carve.events.relay.poll-interval", "100ms");
		all.put("spring.application.name", "carve-monolith");
		all.put("logging.level.org.apache.kafka", "warn");
		all.putAll(properties);
		application.setDefaultProperties(all);
		return application.run();
	}

}
