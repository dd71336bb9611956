package dev.carve.services.inventory;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import dev.carve.contracts.inventory.v1.InventoryServiceGrpc;
import dev.carve.contracts.inventory.v1.InventoryServiceGrpc.InventoryServiceBlockingStub;
import dev.carve.contracts.inventory.v1.Reservation;
import dev.carve.contracts.inventory.v1.ReserveRequest;
import dev.carve.contracts.inventory.v1.StockLine;
import dev.carve.contracts.orders.OrderGateway;
import dev.carve.runtime.events.ModuleEvents;
import dev.carve.runtime.security.ServiceTokens;
import dev.carve.services.testkit.ServiceGrpcServer;
import dev.carve.services.testkit.ServiceIntegrationTests;
import dev.carve.testkit.TestTokens;
import dev.carve.testkit.WithPostgres;
import io.grpc.Channel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The inventory service: the inventory module on its own, behind identity's tokens,
 * serving its gateway to other processes over gRPC and HTTP.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@WithPostgres
@Import(ServiceGrpcServer.class)
class InventoryServiceIntegrationTests extends ServiceIntegrationTests {

	@Autowired
	ServiceGrpcServer grpc;

	InventoryServiceIntegrationTests() {
		super("inventory", 8182, 9192);
	}

	@Override
	protected String protectedPath() {
		return "/api/v1/inventory/stock/NO-SUCH-SKU";
	}

	@Test
	void anAdministratorSetsStockThatACustomerThenReads() {
		String sku = newSku();
		this.client.put()
			.uri("/api/v1/inventory/stock/" + sku)
			.header(HttpHeaders.AUTHORIZATION, bearer(identity.admin(UUID.randomUUID())))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"onHand\": 7}")
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals(HttpHeaders.LOCATION, "/api/v1/inventory/stock/" + sku)
			.expectBody()
			.jsonPath("$.onHand")
			.isEqualTo(7);

		this.client.get()
			.uri("/api/v1/inventory/stock/" + sku)
			.header(HttpHeaders.AUTHORIZATION, bearer(identity.customer(UUID.randomUUID())))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.sku")
			.isEqualTo(sku)
			.jsonPath("$.onHand")
			.isEqualTo(7)
			.jsonPath("$.reserved")
			.isEqualTo(0)
			.jsonPath("$.available")
			.isEqualTo(7);
	}

	@Test
	void aCustomerMayNotSetStock() {
		String sku = newSku();
		this.client.put()
			.uri("/api/v1/inventory/stock/" + sku)
			.header(HttpHeaders.AUTHORIZATION, bearer(identity.customer(UUID.randomUUID())))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"onHand\": 7}")
			.exchange()
			.expectStatus()
			.isForbidden();

		this.client.get()
			.uri("/api/v1/inventory/stock/" + sku)
			.header(HttpHeaders.AUTHORIZATION, bearer(identity.customer(UUID.randomUUID())))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:carve:problem:stock-not-found");
	}

	@Test
	void theGrpcServerReservesStockForAModuleWithAServiceCredential() {
		String sku = stock(7);
		UUID orderId = UUID.randomUUID();

		Reservation reservation = stub(
				this.grpc.moduleChannel(ordersCredential(), identity.customer(UUID.randomUUID())))
			.reserve(reserve(orderId, sku, 2))
			.getReservation();

		assertThat(reservation.getOrderId()).isEqualTo(orderId.toString());
		assertThat(reservation.getLinesList()).singleElement()
			.satisfies((line) -> assertThat(line.getSku()).isEqualTo(sku))
			.satisfies((line) -> assertThat(line.getQuantity()).isEqualTo(2));
		expectAvailable(sku, 5);
	}

	@Test
	void theGrpcServerRefusesCallersThatAreNotModules() {
		String sku = stock(7);
		ReserveRequest request = reserve(UUID.randomUUID(), sku, 2);

		assertThatExceptionOfType(StatusRuntimeException.class)
			.isThrownBy(() -> stub(this.grpc.channel()).reserve(request))
			.extracting(StatusRuntimeException::getStatus)
			.extracting(Status::getCode)
			.isEqualTo(Status.Code.UNAUTHENTICATED);
		String foreign = TestTokens.create().customer(UUID.randomUUID());
		assertThatExceptionOfType(StatusRuntimeException.class)
			.isThrownBy(() -> stub(this.grpc.channel(foreign)).reserve(request))
			.extracting(StatusRuntimeException::getStatus)
			.extracting(Status::getCode)
			.isEqualTo(Status.Code.UNAUTHENTICATED);
		String customer = identity.customer(UUID.randomUUID());
		assertThatExceptionOfType(StatusRuntimeException.class)
			.isThrownBy(() -> stub(this.grpc.channel(customer)).reserve(request))
			.extracting(StatusRuntimeException::getStatus)
			.extracting(Status::getCode)
			.isEqualTo(Status.Code.PERMISSION_DENIED);
		expectAvailable(sku, 7);
	}

	@Test
	void aCustomerCannotHoldStockThroughTheGatewayEndpoint() {
		String sku = stock(7);

		this.client.post()
			.uri("/internal/v1/inventory/reservations")
			.header(HttpHeaders.AUTHORIZATION, bearer(identity.customer(UUID.randomUUID())))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"orderId\":\"" + UUID.randomUUID() + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":5}]}")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:carve:problem:forbidden");
		expectAvailable(sku, 7);
	}

	@Test
	void theGatewayEndpointReleasesStockOverHttpOnlyForAModule() {
		String sku = stock(7);
		UUID orderId = UUID.randomUUID();
		stub(this.grpc.moduleChannel(ordersCredential(), null)).reserve(reserve(orderId, sku, 3));
		String release = "/internal/v1/inventory/reservations/" + orderId + "/release";

		this.client.post()
			.uri(release)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:carve:problem:unauthenticated");
		this.client.post()
			.uri(release)
			.header(HttpHeaders.AUTHORIZATION, bearer(identity.customer(UUID.randomUUID())))
			.exchange()
			.expectStatus()
			.isForbidden();
		expectAvailable(sku, 4);

		this.client.post()
			.uri(release)
			.header(ServiceTokens.HEADER, bearer(ordersCredential()))
			.exchange()
			.expectStatus()
			.isNoContent();
		expectAvailable(sku, 7);
	}

	@Test
	void theAdaptersOfOrdersBringItsEventsAndNoGateway() {
		assertThat(this.context.getBeansOfType(ModuleEvents.class).values()).extracting(ModuleEvents::module)
			.containsExactlyInAnyOrder("inventory", "orders");
		assertThat(this.context.getBeanNamesForType(OrderGateway.class)).isEmpty();
	}

	private String stock(int onHand) {
		String sku = newSku();
		this.client.put()
			.uri("/api/v1/inventory/stock/" + sku)
			.header(HttpHeaders.AUTHORIZATION, bearer(identity.admin(UUID.randomUUID())))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"onHand\": " + onHand + "}")
			.exchange()
			.expectStatus()
			.isCreated();
		return sku;
	}

	private static String ordersCredential() {
		return identity.service("orders-service", List.of("inventory"));
	}

	private void expectAvailable(String sku, int available) {
		this.client.get()
			.uri("/api/v1/inventory/stock/" + sku)
			.header(HttpHeaders.AUTHORIZATION, bearer(identity.admin(UUID.randomUUID())))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.available")
			.isEqualTo(available);
	}

	private static ReserveRequest reserve(UUID orderId, String sku, int quantity) {
		return ReserveRequest.newBuilder()
			.setOrderId(orderId.toString())
			.addLines(StockLine.newBuilder().setSku(sku).setQuantity(quantity))
			.build();
	}

	private static InventoryServiceBlockingStub stub(Channel channel) {
		return InventoryServiceGrpc.newBlockingStub(channel).withDeadlineAfter(5, TimeUnit.SECONDS);
	}

	private static String newSku() {
		return "SVC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

}
