package dev.carve.adapters.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.carve.adapters.testkit.ModeProcesses;
import dev.carve.adapters.testkit.PublicApi;
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

	private static final PublicApi API = PROCESSES.providerApi();

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
		API.post(PRODUCTS, admin(), Map.of("sku", sku, "name", name, "price", price(amount)), 201);
		return sku;
	}

	/** Renames and reprices a product through the provider's public API. */
	static void reprice(String sku, String name, String amount) {
		API.put(PRODUCTS + "/" + sku, admin(), Map.of("name", name, "price", price(amount)), 200);
	}

	/** Takes a product out of sale through the provider's public API. */
	static void deactivate(String sku) {
		API.delete(PRODUCTS + "/" + sku, admin(), 204);
	}

	private static Map<String, Object> price(String amount) {
		return Map.of("amount", new BigDecimal(amount), "currency", "EUR");
	}

	private static String admin() {
		return TOKENS.admin(UUID.randomUUID());
	}

}
