package dev.carve.adapters.catalog;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.carve.adapters.testkit.ModeProcesses;
import dev.carve.contracts.catalog.CatalogGateway;
import dev.carve.runtime.module.ModuleMode;
import dev.carve.testkit.ModuleProcess;
import dev.carve.testkit.TestTokens;

/**
 * The processes the catalog tests share, started once per test JVM: the provider (catalog
 * in-process, on PostgreSQL) and one consumer per remote mode.
 */
final class CatalogProcesses {

	static final TestTokens TOKENS = TestTokens.create();

	/**
	 * The consumers' deadline per gateway call: longer than the default, because a
	 * client's first call warms it up on a build machine that other builds share.
	 */
	private static final String DEADLINE = "10s";

	private static final String PRODUCTS = "/api/v1/catalog/products";

	private static final ModeProcesses<CatalogGateway> PROCESSES = ModeProcesses
		.of(CatalogTestApplication.class, TOKENS, "catalog", CatalogGateway.class)
		.withConsumers((provider) -> List.of("carve.modules.catalog.client.deadline=" + DEADLINE));

	private CatalogProcesses() {
	}

	static ModuleProcess provider() {
		return PROCESSES.provider();
	}

	static ModuleProcess consumer(ModuleMode mode) {
		return PROCESSES.consumer(mode);
	}

	static CatalogGateway gateway(ModuleMode mode) {
		return PROCESSES.gateway(mode);
	}

	/** A SKU no product has. */
	static String newSku() {
		return "P-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
	}

	/** Adds an active product through the provider's public API, as an administrator. */
	static String product(String name, String amount) {
		String sku = newSku();
		send(admin(PRODUCTS).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(productJson(sku, name, amount)))
			.build(), 201);
		return sku;
	}

	/** Renames and reprices a product through the provider's public API. */
	static void reprice(String sku, String name, String amount) {
		send(admin(PRODUCTS + "/" + sku).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers
				.ofString("{\"name\":\"" + name + "\",\"price\":{\"amount\":" + amount + ",\"currency\":\"EUR\"}}"))
			.build(), 200);
	}

	/** Takes a product out of sale through the provider's public API. */
	static void deactivate(String sku) {
		send(admin(PRODUCTS + "/" + sku).DELETE().build(), 204);
	}

	private static String productJson(String sku, String name, String amount) {
		return "{\"sku\":\"" + sku + "\",\"name\":\"" + name + "\",\"price\":{\"amount\":" + amount
				+ ",\"currency\":\"EUR\"}}";
	}

	private static HttpRequest.Builder admin(String path) {
		return HttpRequest.newBuilder(URI.create(provider().httpUrl() + path))
			.header("Authorization", "Bearer " + TOKENS.admin(UUID.randomUUID()));
	}

	private static String send(HttpRequest request, int expectedStatus) {
		try (HttpClient client = HttpClient.newHttpClient()) {
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != expectedStatus) {
				throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
						+ response.statusCode() + ": " + response.body());
			}
			return response.body();
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
