package dev.carve.shop.catalog.internal;

import java.util.List;
import java.util.UUID;

import dev.carve.testkit.TestTokens;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec;

/**
 * Requests to the catalog's HTTP API as an administrator or a customer would send them.
 */
class CatalogApi {

	static final String PRODUCTS = "/api/v1/catalog/products";

	private final RestTestClient client;

	private final TestTokens tokens;

	CatalogApi(RestTestClient client, TestTokens tokens) {
		this.client = client;
		this.tokens = tokens;
	}

	String admin() {
		return this.tokens.admin(UUID.randomUUID());
	}

	String customer() {
		return this.tokens.customer(UUID.randomUUID());
	}

	ResponseSpec get(String token, String uri) {
		return this.client.get().uri(uri).header("Authorization", "Bearer " + token).exchange();
	}

	ResponseSpec post(String token, String json) {
		return this.client.post()
			.uri(PRODUCTS)
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.exchange();
	}

	ResponseSpec put(String token, String sku, String json) {
		return this.client.put()
			.uri(PRODUCTS + "/" + sku)
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.exchange();
	}

	ResponseSpec delete(String token, String sku) {
		return this.client.delete().uri(PRODUCTS + "/" + sku).header("Authorization", "Bearer " + token).exchange();
	}

	/** Adds a product as an administrator and checks that it was created. */
	String create(String name, String amount, String currency) {
		String sku = newSku();
		post(admin(), productJson(sku, name, amount, currency)).expectStatus().isCreated();
		return sku;
	}

	static String newSku() {
		return "P-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	static String productJson(String sku, String name, String amount, String currency) {
		return """
				{"sku": "%s", "name": "%s", "price": {"amount": %s, "currency": "%s"}}
				""".formatted(sku, name, amount, currency);
	}

	static String changeJson(String name, String amount, String currency) {
		return """
				{"name": "%s", "price": {"amount": %s, "currency": "%s"}}
				""".formatted(name, amount, currency);
	}

	@SuppressWarnings("unchecked")
	static List<String> strings(Object jsonArray) {
		return (List<String>) jsonArray;
	}

}
