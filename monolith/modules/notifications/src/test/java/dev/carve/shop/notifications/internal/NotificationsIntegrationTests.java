package dev.carve.shop.notifications.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.carve.contracts.identity.CustomerRegistered;
import dev.carve.contracts.orders.OrderCancelled;
import dev.carve.contracts.orders.OrderConfirmed;
import dev.carve.contracts.orders.OrderedLine;
import dev.carve.kernel.Money;
import dev.carve.runtime.events.InProcessEventDispatcher;
import dev.carve.testkit.TestTokens;
import dev.carve.testkit.WithPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Events in through the runtime's dispatcher, notifications out over real HTTP. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@WithPostgres
class NotificationsIntegrationTests {

	@Autowired
	InProcessEventDispatcher dispatcher;

	@Autowired
	RestTestClient client;

	@Autowired
	TestTokens tokens;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void customerReadsWelcomeAndOrderConfirmationNewestFirst() {
		UUID customerId = UUID.randomUUID();
		UUID orderId = UUID.randomUUID();
		this.dispatcher
			.dispatch(new CustomerRegistered(UUID.randomUUID(), customerId, "ada@example.test", "Ada", Instant.now()));
		this.dispatcher.dispatch(confirmed(orderId, customerId));

		list(customerId, "").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalItems")
			.isEqualTo(2)
			.jsonPath("$.totalPages")
			.isEqualTo(1)
			.jsonPath("$.items[0].kind")
			.isEqualTo("ORDER_CONFIRMED")
			.jsonPath("$.items[0].orderId")
			.isEqualTo(orderId.toString())
			.jsonPath("$.items[0].subject")
			.isEqualTo("Order " + orderId + " confirmed, total 30.00 EUR")
			.jsonPath("$.items[0].body")
			.value(String.class, (body) -> assertThat(body).contains("Ada", "ada@example.test"))
			.jsonPath("$.items[1].kind")
			.isEqualTo("CUSTOMER_REGISTERED")
			.jsonPath("$.items[1].orderId")
			.doesNotExist();
		list(UUID.randomUUID(), "").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalItems")
			.isEqualTo(0)
			.jsonPath("$.items")
			.isEmpty();
	}

	@Test
	void theSameEventTwiceRecordsOneNotification() {
		UUID customerId = UUID.randomUUID();
		OrderCancelled cancelled = new OrderCancelled(UUID.randomUUID(), UUID.randomUUID(), customerId, null,
				List.of(new OrderedLine("SKU-1", 1, Money.of("5.00", "EUR"))), "out of stock", Instant.now());

		this.dispatcher.dispatch(cancelled);
		this.dispatcher.dispatch(cancelled);

		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM notifications.notifications WHERE customer_id = ?",
				Integer.class, customerId))
			.isOne();
		list(customerId, "").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalItems")
			.isEqualTo(1)
			.jsonPath("$.items[0].kind")
			.isEqualTo("ORDER_CANCELLED")
			.jsonPath("$.items[0].body")
			.value(String.class, (body) -> assertThat(body).contains("out of stock").doesNotContain("@"));
	}

	@Test
	void pagesSplitTheListing() {
		UUID customerId = UUID.randomUUID();
		for (int i = 0; i < 3; i++) {
			this.dispatcher.dispatch(confirmed(UUID.randomUUID(), customerId));
		}

		list(customerId, "?page=1&size=2").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items.length()")
			.isEqualTo(1)
			.jsonPath("$.page")
			.isEqualTo(1)
			.jsonPath("$.size")
			.isEqualTo(2)
			.jsonPath("$.totalItems")
			.isEqualTo(3)
			.jsonPath("$.totalPages")
			.isEqualTo(2);
	}

	@Test
	void pageSizeAboveOneHundredIsRefused() {
		list(UUID.randomUUID(), "?size=101").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:carve:problem:validation-failed")
			.jsonPath("$.errors[0].field")
			.isEqualTo("size")
			.jsonPath("$.errorId")
			.isNotEmpty();
	}

	@Test
	void noTokenIsUnauthorized() {
		this.client.get()
			.uri("/api/v1/notifications")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:carve:problem:unauthenticated");
	}

	private RestTestClient.ResponseSpec list(UUID customerId, String query) {
		return this.client.get()
			.uri("/api/v1/notifications" + query)
			.headers((headers) -> headers.setBearerAuth(this.tokens.customer(customerId)))
			.exchange();
	}

	private static OrderConfirmed confirmed(UUID orderId, UUID customerId) {
		return new OrderConfirmed(UUID.randomUUID(), orderId, customerId, UUID.randomUUID(),
				List.of(new OrderedLine("SKU-1", 3, Money.of("10.00", "EUR"))), Money.of("30.00", "EUR"),
				Instant.now());
	}

}
