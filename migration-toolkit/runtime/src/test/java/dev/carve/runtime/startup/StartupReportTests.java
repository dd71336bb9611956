package dev.carve.runtime.startup;

import java.nio.file.Path;
import java.util.regex.Pattern;

import dev.carve.runtime.embedded.EmbeddedPostgresAutoConfiguration;
import dev.carve.runtime.embedded.EmbeddedPostgresServer;
import dev.carve.runtime.module.ModuleDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class StartupReportTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(StartupAutoConfiguration.class))
		.withUserConfiguration(OrdersAndCatalogInProcess.class);

	@Test
	void namesEveryModuleWithWhereItRunsAndKafkaWithItsBrokers() {
		this.runner
			.withPropertyValues("carve.modules.inventory.mode=grpc", "carve.modules.inventory.url=inventory:9192",
					"carve.modules.payments.mode=http", "carve.modules.payments.url=http://payments:8183",
					"carve.events.kafka.enabled=true", "spring.kafka.bootstrap-servers=broker-1:9092,broker-2:9092")
			.run((context) -> assertThat(report(context)).contains("up at http://localhost:8080")
				.contains(
						"modules: catalog in-process, inventory remote over gRPC at inventory:9192, orders in-process, "
								+ "payments remote over HTTP at http://payments:8183 |")
				.contains("| Kafka on at broker-1:9092,broker-2:9092 |"));
	}

	@Test
	void saysKafkaIsOffAndNamesNoRemoteModuleWhenAllRunHere() {
		this.runner.withPropertyValues("carve.modules.inventory.client.deadline=5s")
			.run((context) -> assertThat(report(context)).contains("modules: catalog in-process, orders in-process |")
				.contains("| Kafka off |"));
	}

	@Test
	void namesTheDatabaseWithoutItsCredentials() {
		this.runner.withPropertyValues(
				"spring.datasource.url=jdbc:postgresql://shop:s3cret@db:5432/shop?user=shop&password=s3cret&ssl=true")
			.run((context) -> assertThat(report(context)).endsWith("| database jdbc:postgresql://db:5432/shop?ssl=true")
				.doesNotContain("s3cret"));
	}

	@Test
	void namesTheEmbeddedDatabaseWithItsJdbcUrlAndDataDirectoryButNotItsPassword(@TempDir Path data) {
		this.runner.withConfiguration(AutoConfigurations.of(EmbeddedPostgresAutoConfiguration.class))
			.withPropertyValues("carve.embedded-postgres.data-dir=" + data)
			.run((context) -> assertThat(report(context))
				.containsPattern("\\| database embedded PostgreSQL at jdbc:postgresql://localhost:\\d+/carve \\(user"
						+ " postgres, password in " + Pattern.quote(data.resolve("carve-password").toString())
						+ "\\), data in " + Pattern.quote(data.toString()))
				.doesNotContain(context.getBean(EmbeddedPostgresServer.class).password()));
	}

	@Test
	void saysWhenThereIsNoDatabase() {
		this.runner.run((context) -> assertThat(report(context)).endsWith("| database none"));
	}

	private static String report(ApplicationContext context) {
		return context.getBean(StartupReport.class).line("http://localhost:8080");
	}

	@Configuration(proxyBeanMethods = false)
	static class OrdersAndCatalogInProcess {

		@Bean
		ModuleDefinition orders() {
			return new ModuleDefinition("orders", "example.orders", "example.orders.contract");
		}

		@Bean
		ModuleDefinition catalog() {
			return new ModuleDefinition("catalog", "example.catalog", "example.catalog.contract");
		}

	}

}
