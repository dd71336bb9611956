package dev.carve.shop;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With no datasource configured the jar runs on its own embedded PostgreSQL, reports
 * healthy, and finds its data again after a restart.
 */
class EmbeddedDatabaseIntegrationTests {

	@Test
	void dataSurvivesARestart(@TempDir Path dataDir) {
		String[] args = { "--server.port=0", "--spring.grpc.server.port=0",
				"--carve.embedded-postgres.data-dir=" + dataDir.resolve("data"),
				"--carve.identity.admin.email=" + ShopClient.ADMIN_EMAIL,
				"--carve.identity.admin.password=" + ShopClient.ADMIN_PASSWORD };
		String sku;
		try (ConfigurableApplicationContext first = SpringApplication.run(CarveApplication.class, args)) {
			ShopClient shop = new ShopClient(port(first));
			assertThat(shop.send("GET", "/actuator/health/readiness", null, null)
				.expect(200)
				.json()
				.get("status")
				.asString()).isEqualTo("UP");
			sku = shop.newProduct("9.99", 4);
		}
		try (ConfigurableApplicationContext second = SpringApplication.run(CarveApplication.class, args)) {
			ShopClient shop = new ShopClient(port(second));
			assertThat(shop.send("GET", "/actuator/health/liveness", null, null)
				.expect(200)
				.json()
				.get("status")
				.asString()).isEqualTo("UP");
			var product = shop.send("GET", "/api/v1/catalog/products/" + sku, null, shop.admin()).expect(200).json();
			assertThat(product.get("name").asString()).isEqualTo("Product " + sku);
			assertThat(shop.stock(sku).get("onHand").asInt()).isEqualTo(4);
		}
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

}
