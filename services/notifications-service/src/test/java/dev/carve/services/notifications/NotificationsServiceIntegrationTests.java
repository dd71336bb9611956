package dev.carve.services.notifications;

import java.time.Instant;
import java.util.UUID;

import dev.carve.contracts.identity.CustomerRegistered;
import dev.carve.contracts.identity.IdentityGateway;
import dev.carve.contracts.orders.OrderGateway;
import dev.carve.runtime.events.InProcessEventDispatcher;
import dev.carve.runtime.events.ModuleEvents;
import dev.carve.services.testkit.ServiceIntegrationTests;
import dev.carve.testkit.WithPostgres;
import io.grpc.BindableService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notifications service: the notifications module on its own, behind identity's
 * tokens. Events from other modules reach its listeners through the event dispatcher.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@WithPostgres
class NotificationsServiceIntegrationTests extends ServiceIntegrationTests {

	@Autowired
	InProcessEventDispatcher events;

	NotificationsServiceIntegrationTests() {
		super("notifications", 8185, 9195);
	}

	@Override
	protected String protectedPath() {
		return "/api/v1/notifications";
	}

	@Test
	void aCustomerWithoutNotificationsGetsAnEmptyPage() {
		this.client.get()
			.uri("/api/v1/notifications")
			.header(HttpHeaders.AUTHORIZATION, bearer(identity.customer(UUID.randomUUID())))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items")
			.isEmpty()
			.jsonPath("$.page")
			.isEqualTo(0)
			.jsonPath("$.totalItems")
			.isEqualTo(0);
	}

	@Test
	void aRegisteredCustomerIsWelcomed() {
		UUID customerId = UUID.randomUUID();
		this.events.dispatch(
				new CustomerRegistered(UUID.randomUUID(), customerId, "grace@example.test", "Grace", Instant.now()));

		this.client.get()
			.uri("/api/v1/notifications")
			.header(HttpHeaders.AUTHORIZATION, bearer(identity.customer(customerId)))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalItems")
			.isEqualTo(1)
			.jsonPath("$.items[0].kind")
			.isEqualTo("CUSTOMER_REGISTERED")
			.jsonPath("$.items[0].subject")
			.isEqualTo("Welcome to Carve, Grace");
	}

	@Test
	void theAdaptersOfIdentityAndOrdersBringTheirEventsAndNoGatewayOrGrpcServer() {
		assertThat(this.context.getBeansOfType(ModuleEvents.class).values()).extracting(ModuleEvents::module)
			.containsExactlyInAnyOrder("identity", "orders");
		assertThat(this.context.getBeanNamesForType(IdentityGateway.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(OrderGateway.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(BindableService.class)).as("gRPC services").isEmpty();
	}

}
