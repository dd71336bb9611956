package dev.carve.benchmarks.gateways;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import dev.carve.contracts.catalog.CatalogGateway;
import dev.carve.contracts.inventory.InventoryGateway;
import dev.carve.contracts.payments.PaymentGateway;
import dev.carve.testkit.ModuleProcess;
import dev.carve.testkit.TestTokens;

import org.springframework.context.ApplicationContext;

/**
 * The processes the gateway benchmarks share, started once per JVM, each a Spring context
 * on the test PostgreSQL: the provider (catalog, inventory and payments in-process), a
 * consumer that calls all three over gRPC and one that calls them over HTTP. Gateways are
 * taken from each context by their contract interface.
 */
final class Shop {

	static final String SKU = "BENCH-MUG";

	private static final TestTokens TOKENS = TestTokens.create();

	private static Shop shop;

	final ModuleProcess provider;

	final ModuleProcess overGrpc;

	final ModuleProcess overHttp;

	private Shop() {
		this.provider = ModuleProcess.start(GatewaysApplication.class, TOKENS,
				"carve.security.public-paths=" + GatewaysApplication.ECHO_PATH,
				"management.tracing.sampling.probability=1.0");
		this.overGrpc = consumer("grpc", this.provider.grpcTarget());
		this.overHttp = consumer("http", this.provider.httpUrl());
		String admin = TOKENS.admin(UUID.randomUUID());
		send("POST", "/api/v1/catalog/products",
				"{\"sku\":\"" + SKU
						+ "\",\"name\":\"Benchmark mug\",\"price\":{\"amount\":\"12.50\",\"currency\":\"EUR\"}}",
				admin, 201);
		send("PUT", "/api/v1/inventory/stock/" + SKU, "{\"onHand\":100000000}", admin, 201);
	}

	static synchronized Shop get() {
		if (shop == null) {
			shop = new Shop();
		}
		return shop;
	}

	static CatalogGateway catalog(ModuleProcess process) {
		return process.context().getBean(CatalogGateway.class);
	}

	static InventoryGateway inventory(ModuleProcess process) {
		return process.context().getBean(InventoryGateway.class);
	}

	static PaymentGateway payments(ModuleProcess process) {
		return process.context().getBean(PaymentGateway.class);
	}

	ApplicationContext providerContext() {
		return this.provider.context();
	}

	private static ModuleProcess consumer(String mode, String url) {
		return ModuleProcess.start(GatewaysApplication.class, TOKENS, "carve.modules.catalog.mode=" + mode,
				"carve.modules.catalog.url=" + url, "carve.modules.inventory.mode=" + mode,
				"carve.modules.inventory.url=" + url, "carve.modules.payments.mode=" + mode,
				"carve.modules.payments.url=" + url, "management.tracing.sampling.probability=1.0");
	}

	private void send(String method, String path, String json, String token, int expected) {
		try (HttpClient client = HttpClient.newHttpClient()) {
			HttpResponse<String> response = client
				.send(HttpRequest.newBuilder(URI.create(this.provider.httpUrl() + path))
					.header("Authorization", "Bearer " + token)
					.header("Content-Type", "application/json")
					.method(method, HttpRequest.BodyPublishers.ofString(json))
					.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != expected) {
				throw new IllegalStateException(
						method + " " + path + " answered " + response.statusCode() + ": " + response.body());
			}
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
