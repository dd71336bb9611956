package dev.carve.shop.orders;

import java.util.UUID;

import dev.carve.contracts.orders.OrderGateway;
import dev.carve.contracts.orders.OrderStatus;
import dev.carve.contracts.orders.OrderStatusView;
import dev.carve.kernel.Money;
import dev.carve.testkit.WithPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The in-process {@link OrderGateway} answers from the orders the API stored. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@WithPostgres
class OrderManagementIntegrationTests {

	@Autowired
	RestTestClient client;

	@Autowired
	OrderGateway orders;

	@Autowired
	InMemoryCatalog catalog;

	@Autowired
	InMemoryInventory inventory;

	@Test
	void findsTheStatusOfAnOrder() {
		UUID customer = UUID.randomUUID();
		String sku = "SKU-" + UUID.randomUUID();
		this.catalog.sell(sku, "2.25");
		this.inventory.stock(sku, 4);
		UUID orderId = new OrdersApi(this.client).place(customer, sku, 4).orderId();
		assertThat(this.orders.findStatus(orderId))
			.contains(new OrderStatusView(orderId, customer, OrderStatus.CONFIRMED, Money.of("9.00", "EUR")));
	}

	@Test
	void findsNothingForAnUnknownOrder() {
		assertThat(this.orders.findStatus(UUID.randomUUID())).isEmpty();
	}

}
