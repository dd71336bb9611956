package dev.carve.adapters.payments;

import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import dev.carve.contracts.payments.AuthorizePayment;
import dev.carve.contracts.payments.PaymentDeclinedException;
import dev.carve.contracts.payments.PaymentGateway;
import dev.carve.contracts.payments.PaymentStateException;
import dev.carve.contracts.payments.v1.AuthorizeRequest;
import dev.carve.contracts.payments.v1.AuthorizeResponse;
import dev.carve.contracts.payments.v1.CaptureRequest;
import dev.carve.contracts.payments.v1.CaptureResponse;
import dev.carve.contracts.payments.v1.PaymentServiceGrpc;
import dev.carve.kernel.Money;
import dev.carve.runtime.gateway.grpc.DomainExceptionGrpcHandler;
import dev.carve.testkit.MisbehavingProviders;
import dev.carve.testkit.ModuleProcess;
import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.stub.StreamObserver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The gRPC payment gateway's own refusals coming back: a gRPC server in this JVM declines
 * every authorization and finds every payment refunded when it is captured. What every
 * gRPC gateway does when its provider misbehaves is the runtime's
 * {@code GrpcGatewayFailureIntegrationTests}.
 */
class GrpcPaymentGatewayFailureIntegrationTests {

	private static final AtomicInteger calls = new AtomicInteger();

	private static Server provider;

	private static ModuleProcess consumer;

	private PaymentGateway payments;

	@BeforeAll
	static void start() throws IOException {
		provider = Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create())
			.addService(new Refusing())
			.build()
			.start();
		consumer = ModuleProcess.start(PaymentsTestApplication.class, PaymentsProcesses.TOKENS,
				MisbehavingProviders.consumer("payments", "grpc", "127.0.0.1:" + provider.getPort()));
	}

	@AfterAll
	static void stop() {
		consumer.stop();
		provider.shutdownNow();
	}

	@BeforeEach
	void reset() {
		calls.set(0);
		this.payments = consumer.context().getBean(PaymentGateway.class);
	}

	@Test
	void aDomainErrorBecomesTheContractsExceptionAndIsNotRepeated() {
		UUID orderId = UUID.randomUUID();
		assertThatExceptionOfType(PaymentDeclinedException.class)
			.isThrownBy(() -> this.payments
				.authorize(new AuthorizePayment(orderId, UUID.randomUUID(), Money.of("42.50", "EUR"))))
			.satisfies((refusal) -> {
				assertThat(refusal.reason()).isEqualTo("card expired");
				assertThat(refusal.properties()).containsEntry("orderId", orderId.toString());
			});
		assertThat(calls).hasValue(1);
	}

	@Test
	void aStateConflictKeepsThePaymentsStateAndIsNotRepeated() {
		UUID paymentId = UUID.randomUUID();
		assertThatExceptionOfType(PaymentStateException.class).isThrownBy(() -> this.payments.capture(paymentId))
			.satisfies((refusal) -> {
				assertThat(refusal.status()).isEqualTo("REFUNDED");
				assertThat(refusal.properties()).containsEntry("paymentId", paymentId.toString());
			});
		assertThat(calls).hasValue(1);
	}

	private static final class Refusing extends PaymentServiceGrpc.PaymentServiceImplBase {

		@Override
		public void authorize(AuthorizeRequest request, StreamObserver<AuthorizeResponse> response) {
			calls.incrementAndGet();
			response.onError(DomainExceptionGrpcHandler
				.toStatus(new PaymentDeclinedException(UUID.fromString(request.getOrderId()), "card expired")));
		}

		@Override
		public void capture(CaptureRequest request, StreamObserver<CaptureResponse> response) {
			calls.incrementAndGet();
			response.onError(DomainExceptionGrpcHandler
				.toStatus(new PaymentStateException(UUID.fromString(request.getPaymentId()), "REFUNDED", "CAPTURED")));
		}

	}

}
