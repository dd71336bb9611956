package dev.carve.shop.catalog.internal;

import org.junit.jupiter.api.Test;

import static dev.carve.shop.catalog.internal.CatalogApi.PRODUCTS;
import static dev.carve.shop.catalog.internal.CatalogApi.newSku;
import static dev.carve.shop.catalog.internal.CatalogApi.productJson;
import static dev.carve.shop.catalog.internal.CatalogApi.strings;
import static org.assertj.core.api.Assertions.assertThat;

class CatalogApiIntegrationTests extends CatalogIntegrationTestSupport {

	@Test
	void adminAddsAProductThatAnyCustomerCanRead() {
		String sku = newSku();
		this.api.post(this.api.admin(), productJson(sku, "Espresso cup", "4.90", "EUR"))
			.expectStatus()
			.isCreated()
			.expectHeader()
			.location(PRODUCTS + "/" + sku)
			.expectBody()
			.jsonPath("$.sku")
			.isEqualTo(sku)
			.jsonPath("$.active")
			.isEqualTo(true);

		this.api.get(this.api.customer(), PRODUCTS + "/" + sku)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.name")
			.isEqualTo("Espresso cup")
			.jsonPath("$.price.amount")
			.isEqualTo(4.9)
			.jsonPath("$.price.currency")
			.isEqualTo("EUR");
		assertThat(this.jdbc.queryForObject("SELECT price_amount::text FROM catalog.products WHERE sku = ?",
				String.class, sku))
			.isEqualTo("4.90");
	}

	@Test
	void aDuplicateSkuIsAConflict() {
		String sku = this.api.create("Saucer", "2.00", "EUR");

		this.api.post(this.api.admin(), productJson(sku, "Other saucer", "3.00", "EUR"))
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:carve:problem:product-exists")
			.jsonPath("$.detail")
			.isEqualTo("A product with SKU " + sku + " exists already")
			.jsonPath("$.errorId")
			.isNotEmpty();
		assertThat(this.jdbc.queryForObject("SELECT name FROM catalog.products WHERE sku = ?", String.class, sku))
			.isEqualTo("Saucer");
	}

	@Test
	void invalidProductsAreRefusedNamingEachField() {
		this.api.post(this.api.admin(), productJson("bad sku", " ", "-1", "EUR"))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:carve:problem:validation-failed")
			.jsonPath("$.errors[*].field")
			.value((fields) -> assertThat(strings(fields)).containsExactlyInAnyOrder("sku", "name", "price.amount"));

		// An amount's decimals are judged by its currency: with no valid currency, only
		// that is
		// named.
		this.api.post(this.api.admin(), productJson(newSku(), "Spoon", "1.999", "EURO"))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value((fields) -> assertThat(strings(fields)).containsExactly("price.currency"));
		this.api.post(this.api.admin(), productJson(newSku(), "Spoon", "1.999", "EUR"))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value((fields) -> assertThat(strings(fields)).containsExactly("price.amount"));

		this.api.post(this.api.admin(), productJson(newSku(), "Spoon", "150.5", "JPY"))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("price.amount")
			.jsonPath("$.errors[0].message")
			.isEqualTo("must have at most 0 decimals in JPY");
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM catalog.products WHERE name = 'Spoon'", Integer.class))
			.isZero();
	}

	@Test
	void unknownProductsAreNotFound() {
		String sku = newSku();
		this.api.get(this.api.customer(), PRODUCTS + "/" + sku)
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:carve:problem:product-not-found")
			.jsonPath("$.detail")
			.isEqualTo("No product with SKU " + sku);
		this.api.put(this.api.admin(), sku, CatalogApi.changeJson("Ghost", "1.00", "EUR")).expectStatus().isNotFound();
		this.api.delete(this.api.admin(), sku).expectStatus().isNotFound();
	}

	@Test
	void withoutATokenTheCatalogIsClosed() {
		this.client.get()
			.uri(PRODUCTS)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:carve:problem:unauthenticated");
	}

}
