package dev.carve.adapters.orders;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import dev.carve.adapters.testkit.ModeProcesses;
import dev.carve.adapters.testkit.PublicApi;
import dev.carve.contracts.orders.OrderGateway;
import dev.carve.runtime.module.ModuleMode;
import dev.carve.testkit.ModuleProcess;
import dev.carve.testkit.TestTokens;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The processes the orders tests share, started once per test JVM: the provider (orders,
 * catalog, inventory and payments in-process, on PostgreSQL) and one consumer per remote
 * mode, which runs none of the shop's modules.
 */
final class OrdersProcesses {

	static final TestTokens TOKENS = TestTokens.create();

	/**
	 * Leaves out the modules that placing an order needs besides orders, for a process
	 * that only calls orders.
	 */
	static final String NO_MODULES = "spring.autoconfigure.exclude=dev.carve.shop.catalog.CatalogConfiguration,"
			+ "dev.carve.shop.inventory.InventoryConfiguration,dev.carve.shop.payments.PaymentsConfiguration";

	private static final ModeProcesses<OrderGateway> PROCESSES = ModeProcesses
		.of(OrdersTestApplication.class, TOKENS, "orders", OrderGateway.class)
		.withConsumers((provider) -> List.of(NO_MODULES));

	private static final PublicApi API = PROCESSES.providerApi();

	private OrdersProcesses() {
	}

	static ModuleProcess provider() {
		return PROCESSES.provider();
	}

	static OrderGateway gateway(ModuleMode mode) {
		return PROCESSES.gateway(mode);
	}

	/** Adds a product to the catalog and sets its stock, as an administrator. */
	static void product(String sku, String price, String currency, int onHand) {
		API.post("/api/v1/catalog/products", admin(), Map.of("sku", sku, "name", "Product " + sku, "price",
				Map.of("amount", new BigDecimal(price), "currency", currency)), 201);
		API.put("/api/v1/inventory/stock/" + sku, admin(), Map.of("onHand", onHand), 201);
	}

	/**
	 * A customer places an order for one SKU through the public orders API.
	 * @return the answer: the order (201) or the problem that rejected it (409)
	 */
	static JsonNode place(UUID customerId, String sku, int quantity, int expectedStatus) {
		return API.post("/api/v1/orders", TOKENS.customer(customerId),
				Map.of("lines", List.of(Map.of("sku", sku, "quantity", quantity))), expectedStatus);
	}

	/**
	 * Waits until the orders module has recorded the capture of an order's payment (row
	 * {@code orders.orders.captured_at}), which the payments module reports by event soon
	 * after the order is confirmed. A cancellation that meets that event head-on fails
	 * with a 500 (an optimistic-lock conflict in the orders module), so tests cancel only
	 * after it.
	 */
	static void awaitCapture(UUID orderId) {
		JdbcTemplate jdbc = new JdbcTemplate(provider().context().getBean(DataSource.class));
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.queryForObject("SELECT captured_at IS NOT NULL FROM orders.orders WHERE id = ?",
					Boolean.class, orderId));
	}

	/** A customer cancels their order through the public orders API. */
	static JsonNode cancel(UUID customerId, UUID orderId) {
		return API.post("/api/v1/orders/" + orderId + "/cancel", TOKENS.customer(customerId), null, 200);
	}

	/** A customer's order, as the public orders API shows it to them. */
	static JsonNode order(UUID customerId, UUID orderId) {
		return API.get("/api/v1/orders/" + orderId, TOKENS.customer(customerId), 200);
	}

	private static String admin() {
		return TOKENS.admin(UUID.randomUUID());
	}

}
