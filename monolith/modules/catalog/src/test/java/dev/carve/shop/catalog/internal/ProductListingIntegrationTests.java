package dev.carve.shop.catalog.internal;

import java.util.UUID;

import dev.carve.testkit.TestTokens;
import dev.carve.testkit.WithPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.client.RestTestClient;

import static dev.carve.shop.catalog.internal.CatalogApi.PRODUCTS;
import static dev.carve.shop.catalog.internal.CatalogApi.strings;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@WithPostgres
class ProductListingIntegrationTests {

	@Autowired
	RestTestClient client;

	@Autowired
	TestTokens tokens;

	CatalogApi api;

	String tag;

	String cheap;

	String middle;

	String dear;

	@BeforeEach
	void products() {
		this.api = new CatalogApi(this.client, this.tokens);
		this.tag = UUID.randomUUID().toString().substring(0, 8);
		this.middle = this.api.create("Bravo " + this.tag, "20.00", "EUR");
		this.dear = this.api.create("Alpha " + this.tag, "30.00", "EUR");
		this.cheap = this.api.create("Charlie " + this.tag, "10.00", "EUR");
	}

	@Test
	void pagesThroughProductsSortedByPrice() {
		list("q=" + this.tag + "&sort=price&direction=desc&size=2").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[*].sku")
			.value((skus) -> assertThat(strings(skus)).containsExactly(this.dear, this.middle))
			.jsonPath("$.page")
			.isEqualTo(0)
			.jsonPath("$.size")
			.isEqualTo(2)
			.jsonPath("$.totalItems")
			.isEqualTo(3)
			.jsonPath("$.totalPages")
			.isEqualTo(2);

		list("q=" + this.tag + "&sort=price&direction=desc&size=2&page=1").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[*].sku")
			.value((skus) -> assertThat(strings(skus)).containsExactly(this.cheap));
	}

	@Test
	void sortsByNameByDefaultAndFiltersByNameIgnoringCase() {
		list("q=" + this.tag.toUpperCase()).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[*].sku")
			.value((skus) -> assertThat(strings(skus)).containsExactly(this.dear, this.middle, this.cheap));
	}

	@Test
	void filtersByPriceRangeAndActivity() {
		list("q=" + this.tag + "&minPrice=15&maxPrice=30&sort=sku").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[*].sku")
			.value((skus) -> assertThat(strings(skus)).containsExactlyInAnyOrder(this.middle, this.dear));

		this.api.delete(this.api.admin(), this.middle).expectStatus().isNoContent();
		list("q=" + this.tag + "&active=false").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[*].sku")
			.value((skus) -> assertThat(strings(skus)).containsExactly(this.middle));
		list("q=" + this.tag + "&active=true").expectStatus().isOk().expectBody().jsonPath("$.totalItems").isEqualTo(2);
	}

	@Test
	void refusesPagesLargerThanAHundredAndUnknownSortKeys() {
		list("size=101&sort=colour").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:carve:problem:validation-failed")
			.jsonPath("$.errors[*].field")
			.value((fields) -> assertThat(strings(fields)).containsExactlyInAnyOrder("size", "sort"));
	}

	private RestTestClient.ResponseSpec list(String query) {
		return this.api.get(this.api.customer(), PRODUCTS + "?" + query);
	}

}
