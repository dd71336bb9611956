package dev.carve.services.payments;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import dev.carve.contracts.orders.OrderGateway;
import dev.carve.contracts.payments.AuthorizePayment;
import dev.carve.contracts.payments.PaymentAuthorization;
import dev.carve.contracts.payments.PaymentGateway;
import dev.carve.contracts.payments.v1.AuthorizeRequest;
import dev.carve.contracts.payments.v1.PaymentServiceGrpc;
import dev.carve.contracts.payments.v1.PaymentServiceGrpc.PaymentServiceBlockingStub;
import dev.carve.kernel.Money;
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
import org.springframework.test.web.servlet.client.RestTestClient.BodyContentSpec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The payments service: the payments module on its own, behind identity's tokens. Orders
 * reach it through its gateway, served over gRPC and HTTP; customers read their payments
 * over HTTP.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@WithPostgres
@Import(ServiceGrpcServer.class)
class PaymentsServiceIntegrationTests extends ServiceIntegrationTests {

	@Autowired
	PaymentGateway payments;

	@Autowired
	ServiceGrpcServer grpc;

	PaymentsServiceIntegrationTests() {
		super("payments", 8183, 9193);
	}

	@Override
	protected String protectedPath() {
		return "/api/v1/payments/" + UUID.randomUUID();
	}

	@Test
	void aCustomerReadsThePaymentAuthorizedForTheirOrder() {
		UUID customerId = UUID.randomUUID();
		UUID orderId = UUID.randomUUID();
		PaymentAuthorization authorization = this.payments
			.authorize(new AuthorizePayment(orderId, customerId, Money.of("25.00", "EUR")));

		this.client.get()
			.uri("/api/v1/payments/" + orderId)
			.header(HttpHeaders.AUTHORIZATION, bearer(identity.customer(customerId)))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(authorization.paymentId().toString())
			.jsonPath("$.orderId")
			.isEqualTo(orderId.toString())
			.jsonPath("$.status")
			.isEqualTo("AUTHORIZED")
			.jsonPath("$.amount.amount")
			.isEqualTo(25.0)
			.jsonPath("$.amount.currency")
			.isEqualTo("EUR");
	}

	@Test
	void anotherCustomerDoesNotSeeThePayment() {
		UUID orderId = UUID.randomUUID();
		this.payments.authorize(new AuthorizePayment(orderId, UUID.randomUUID(), Money.of("9.00", "EUR")));

		this.client.get()
			.uri("/api/v1/payments/" + orderId)
			.header(HttpHeaders.AUTHORIZATION, bearer(identity.customer(UUID.randomUUID())))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:carve:problem:payment-not-found");
	}

	@Test
	void theGrpcServerAuthorizesAPaymentForAModuleWithAServiceCredential() {
		UUID customerId = UUID.randomUUID();
		UUID orderId = UUID.randomUUID();

		String paymentId = stub(this.grpc.moduleChannel(ordersCredential(), identity.customer(customerId)))
			.authorize(authorize(orderId, customerId))
			.getAuthorization()
			.getPaymentId();

		expectPayment(orderId, customerId).jsonPath("$.id")
			.isEqualTo(paymentId)
			.jsonPath("$.status")
			.isEqualTo("AUTHORIZED")
			.jsonPath("$.amount.amount")
			.isEqualTo(12.5);
	}

	@Test
	void theGrpcServerAnswersAModuleWithoutAnEndUser() {
		UUID orderId = UUID.randomUUID();
		UUID customerId = UUID.randomUUID();

		stub(this.grpc.moduleChannel(ordersCredential(), null)).authorize(authorize(orderId, customerId));

		expectPayment(orderId, customerId).jsonPath("$.status").isEqualTo("AUTHORIZED");
	}

	@Test
	void theGrpcServerRefusesCallersThatAreNotModules() {
		UUID customerId = UUID.randomUUID();
		UUID orderId = UUID.randomUUID();
		AuthorizeRequest request = authorize(orderId, customerId);

		expectGrpcRefusal(this.grpc.channel(), request, Status.Code.UNAUTHENTICATED);
		expectGrpcRefusal(this.grpc.channel(TestTokens.create().customer(customerId)), request,
				Status.Code.UNAUTHENTICATED);
		expectGrpcRefusal(this.grpc.channel(identity.customer(customerId)), request, Status.Code.PERMISSION_DENIED);
		expectGrpcRefusal(this.grpc.moduleChannel(identity.customer(customerId), identity.customer(customerId)),
				request, Status.Code.PERMISSION_DENIED);
		expectGrpcRefusal(this.grpc.moduleChannel(identity.service("orders-service", List.of("inventory")), null),
				request, Status.Code.UNAUTHENTICATED);
		expectGrpcRefusal(
				this.grpc.moduleChannel(TestTokens.create().service("orders-service", List.of("payments")), null),
				request, Status.Code.UNAUTHENTICATED);
		this.client.get()
			.uri("/api/v1/payments/" + orderId)
			.header(HttpHeaders.AUTHORIZATION, bearer(identity.customer(customerId)))
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void theGatewayEndpointCancelsAnOrdersPaymentOverHttpOnlyForAModule() {
		UUID customerId = UUID.randomUUID();
		UUID orderId = UUID.randomUUID();
		this.payments.authorize(new AuthorizePayment(orderId, customerId, Money.of("12.50", "EUR")));
		String cancel = "/internal/v1/payments/orders/" + orderId + "/cancel";

		this.client.post()
			.uri(cancel)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:carve:problem:unauthenticated");
		this.client.post()
			.uri(cancel)
			.header(HttpHeaders.AUTHORIZATION, bearer(identity.customer(customerId)))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:carve:problem:forbidden");
		this.client.post()
			.uri(cancel)
			.header(ServiceTokens.HEADER, bearer(identity.service("orders-service", List.of("inventory"))))
			.exchange()
			.expectStatus()
			.isUnauthorized();
		expectPayment(orderId, customerId).jsonPath("$.status").isEqualTo("AUTHORIZED");

		this.client.post()
			.uri(cancel)
			.header(ServiceTokens.HEADER, bearer(ordersCredential()))
			.header(HttpHeaders.AUTHORIZATION, bearer(identity.customer(customerId)))
			.exchange()
			.expectStatus()
			.isNoContent();
		expectPayment(orderId, customerId).jsonPath("$.status").isEqualTo("VOIDED");
	}

	@Test
	void theAdaptersOfOrdersBringItsEventsAndNoGateway() {
		assertThat(this.context.getBeansOfType(ModuleEvents.class).values()).extracting(ModuleEvents::module)
			.containsExactlyInAnyOrder("payments", "orders");
		assertThat(this.context.getBeanNamesForType(OrderGateway.class)).isEmpty();
	}

	private BodyContentSpec expectPayment(UUID orderId, UUID customerId) {
		return this.client.get()
			.uri("/api/v1/payments/" + orderId)
			.header(HttpHeaders.AUTHORIZATION, bearer(identity.customer(customerId)))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody();
	}

	private static String ordersCredential() {
		return identity.service("orders-service", List.of("payments"));
	}

	private static void expectGrpcRefusal(Channel channel, AuthorizeRequest request, Status.Code code) {
		assertThatExceptionOfType(StatusRuntimeException.class).isThrownBy(() -> stub(channel).authorize(request))
			.extracting(StatusRuntimeException::getStatus)
			.extracting(Status::getCode)
			.isEqualTo(code);
	}

	private static AuthorizeRequest authorize(UUID orderId, UUID customerId) {
		return AuthorizeRequest.newBuilder()
			.setOrderId(orderId.toString())
			.setCustomerId(customerId.toString())
			.setAmount(dev.carve.contracts.payments.v1.Money.newBuilder().setAmountMinor(1250).setCurrency("EUR"))
			.build();
	}

	private static PaymentServiceBlockingStub stub(Channel channel) {
		return PaymentServiceGrpc.newBlockingStub(channel).withDeadlineAfter(5, TimeUnit.SECONDS);
	}

}
