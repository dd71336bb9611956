package dev.carve.shop.orders.internal;

import java.util.UUID;

import dev.carve.shop.orders.InMemoryCatalog;
import dev.carve.shop.orders.InMemoryInventory;
import dev.carve.shop.orders.InMemoryPayments;
import dev.carve.shop.orders.OrderRows;
import dev.carve.shop.orders.OrdersApi;
import dev.carve.testkit.WithPostgres;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The application over real HTTP and a real database, with in-memory catalog, inventory
 * and payments, a new customer for every test and a new SKU that the catalog sells and
 * the inventory stocks at the price and quantity a subclass gives.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@WithPostgres
abstract class OrdersIntegrationTestSupport {

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	InMemoryCatalog catalog;

	@Autowired
	InMemoryInventory inventory;

	@Autowired
	InMemoryPayments payments;

	OrdersApi api;

	OrderRows rows;

	UUID customer = UUID.randomUUID();

	String sku = "SKU-" + UUID.randomUUID();

	private final String price;

	private final int stock;

	OrdersIntegrationTestSupport(String price, int stock) {
		this.price = price;
		this.stock = stock;
	}

	@BeforeEach
	void setUp() {
		this.api = new OrdersApi(this.client);
		this.rows = new OrderRows(this.jdbc);
		this.catalog.sell(this.sku, this.price);
		this.inventory.stock(this.sku, this.stock);
	}

}
