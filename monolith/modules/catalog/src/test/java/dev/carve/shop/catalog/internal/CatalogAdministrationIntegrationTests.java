package dev.carve.shop.catalog.internal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static dev.carve.shop.catalog.internal.CatalogApi.PRODUCTS;
import static dev.carve.shop.catalog.internal.CatalogApi.changeJson;
import static dev.carve.shop.catalog.internal.CatalogApi.newSku;
import static dev.carve.shop.catalog.internal.CatalogApi.productJson;
import static org.assertj.core.api.Assertions.assertThat;

class CatalogAdministrationIntegrationTests extends CatalogIntegrationTestSupport {

	@Test
	void customersMayNotChangeTheCatalog() {
		String sku = newSku();
		this.api.post(this.api.customer(), productJson(sku, "Tray", "9.00", "EUR"))
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:carve:problem:forbidden");
		assertThat(productRow(sku)).isEmpty();

		this.api.post(this.api.admin(), productJson(sku, "Tray", "9.00", "EUR")).expectStatus().isCreated();
		this.api.put(this.api.customer(), sku, changeJson("Tray", "8.00", "EUR")).expectStatus().isForbidden();
		this.api.delete(this.api.customer(), sku).expectStatus().isForbidden();

		assertThat(productRow(sku)).singleElement()
			.satisfies((row) -> assertThat(row).containsEntry("price", "9.00").containsEntry("active", true));
	}

	@Test
	void aNewPricePublishesProductPriceChangedWithOldAndNewPrice() {
		String sku = this.api.create("Grinder", "40.00", "EUR");

		this.api.put(this.api.admin(), sku, changeJson("Hand grinder", "40.00", "EUR"))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.name")
			.isEqualTo("Hand grinder");
		assertThat(outboxOf(sku)).isEmpty();

		this.api.put(this.api.admin(), sku, changeJson("Hand grinder", "44.50", "EUR"))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.price.amount")
			.isEqualTo(44.5);
		assertThat(outboxOf(sku)).singleElement().satisfies((row) -> {
			assertThat(row.get("event_type")).isEqualTo("dev.carve.contracts.catalog.ProductPriceChanged");
			assertThat((String) row.get("payload")).contains("\"oldPrice\":{\"amount\":40.00")
				.contains("\"newPrice\":{\"amount\":44.50");
		});
		assertThat(productRow(sku)).singleElement().satisfies((row) -> assertThat(row).containsEntry("price", "44.50"));
	}

	@Test
	void deactivatedProductsStayReadableButInactive() {
		String sku = this.api.create("Filter", "5.00", "EUR");

		this.api.delete(this.api.admin(), sku).expectStatus().isNoContent();
		this.api.delete(this.api.admin(), sku).expectStatus().isNoContent();

		assertThat(productRow(sku)).singleElement().satisfies((row) -> assertThat(row).containsEntry("active", false));
		this.api.get(this.api.customer(), PRODUCTS + "/" + sku)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.active")
			.isEqualTo(false);
	}

	@Test
	void anAdministratorPutsADeactivatedProductBackOnSale() {
		String sku = this.api.create("Scale", "19.00", "EUR");
		this.api.delete(this.api.admin(), sku).expectStatus().isNoContent();

		this.api.put(this.api.admin(), sku, """
				{"name": "Scale", "price": {"amount": 19.00, "currency": "EUR"}, "active": true}
				""").expectStatus().isOk().expectBody().jsonPath("$.active").isEqualTo(true);

		assertThat(productRow(sku)).singleElement().satisfies((row) -> assertThat(row).containsEntry("active", true));
	}

	private List<Map<String, Object>> productRow(String sku) {
		return this.jdbc.queryForList("SELECT price_amount::text AS price, active FROM catalog.products WHERE sku = ?",
				sku);
	}

	private List<Map<String, Object>> outboxOf(String sku) {
		return this.jdbc.queryForList("SELECT event_type, payload FROM catalog.outbox WHERE aggregate_key = ?", sku);
	}

}
