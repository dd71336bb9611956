package dev.carve.shop.inventory.internal;

import java.util.List;
import java.util.UUID;

import dev.carve.contracts.inventory.InventoryGateway;
import dev.carve.contracts.inventory.ReserveStock;
import dev.carve.contracts.inventory.StockLine;
import dev.carve.testkit.TestTokens;
import dev.carve.testkit.WithPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@WithPostgres
class InventoryApiIntegrationTests {

	static final String STOCK = "/api/v1/inventory/stock/";

	@Autowired
	RestTestClient client;

	@Autowired
	TestTokens tokens;

	@Autowired
	InventoryGateway gateway;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAdministratorSetsStockThatAnyCustomerCanRead() {
		String sku = newSku();
		put(admin(), sku, "{\"onHand\": 12}").expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals("Location", STOCK + sku)
			.expectBody()
			.json("{\"sku\": \"%s\", \"onHand\": 12, \"reserved\": 0, \"available\": 12}".formatted(sku));
		this.gateway.reserve(new ReserveStock(UUID.randomUUID(), List.of(new StockLine(sku, 5))));
		put(admin(), sku, "{\"onHand\": 8, \"lowStockThreshold\": 1}").expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist("Location");

		get(customer(), sku).expectStatus()
			.isOk()
			.expectBody()
			.json("{\"sku\": \"%s\", \"onHand\": 8, \"reserved\": 5, \"available\": 3}".formatted(sku));
		assertThat(this.jdbc.queryForObject("SELECT low_stock_threshold FROM inventory.stock WHERE sku = ?",
				Integer.class, sku))
			.isEqualTo(1);
	}

	@Test
	void stockCannotGoBelowWhatIsReserved() {
		String sku = newSku();
		put(admin(), sku, "{\"onHand\": 6}").expectStatus().isCreated();
		this.gateway.reserve(new ReserveStock(UUID.randomUUID(), List.of(new StockLine(sku, 4))));

		put(admin(), sku, "{\"onHand\": 3}").expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:carve:problem:stock-below-reserved")
			.jsonPath("$.detail")
			.isEqualTo("Cannot set stock of " + sku + " to 3: 4 units are reserved");
		assertThat(this.jdbc.queryForObject("SELECT on_hand FROM inventory.stock WHERE sku = ?", Integer.class, sku))
			.isEqualTo(6);
	}

	@Test
	void invalidStockIsRefusedNamingTheField() {
		String sku = newSku();
		put(admin(), sku, "{\"onHand\": -1}").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:carve:problem:validation-failed")
			.jsonPath("$.errors[0].field")
			.isEqualTo("onHand");
		put(admin(), "lower-case", "{\"onHand\": 1}").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:carve:problem:invalid-sku");
		get(customer(), sku).expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:carve:problem:stock-not-found");
	}

	@Test
	void onlyAdministratorsSetStockAndOnlyWithAToken() {
		String sku = newSku();
		put(customer(), sku, "{\"onHand\": 3}").expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:carve:problem:forbidden");
		this.client.get()
			.uri(STOCK + sku)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:carve:problem:unauthenticated");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM inventory.stock WHERE sku = ?", Integer.class, sku))
			.isZero();
	}

	private ResponseSpec put(String token, String sku, String json) {
		return this.client.put()
			.uri(STOCK + sku)
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.exchange();
	}

	private ResponseSpec get(String token, String sku) {
		return this.client.get().uri(STOCK + sku).header("Authorization", "Bearer " + token).exchange();
	}

	private String admin() {
		return this.tokens.admin(UUID.randomUUID());
	}

	private String customer() {
		return this.tokens.customer(UUID.randomUUID());
	}

	private static String newSku() {
		return "A-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

}
