package dev.carve.adapters.payments;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import dev.carve.adapters.testkit.MisbehavingProviders;
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
import dev.carve.runtime.gateway.GatewayUnavailableException;
import dev.carve.runtime.gateway.grpc.DomainExceptionGrpcHandler;
import dev.carve.testkit.ModuleProcess;
import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The gRPC payment gateway against a provider that misbehaves: a gRPC server in this JVM
 * answering UNAVAILABLE, RESOURCE_EXHAUSTED, too late, garbage or a domain error.
 */
class GrpcPaymentGatewayFailureIntegrationTests {

	private static final AtomicReference<Consumer<StreamObserver<AuthorizeResponse>>> authorizing = new AtomicReference<>();

	private static final AtomicReference<Consumer<StreamObserver<CaptureResponse>>> capturing = new AtomicReference<>();

	private static final AtomicInteger calls = new AtomicInteger();

	private static final AtomicReference<String> authorization = new AtomicReference<>();

	private static Server provider;

	private static ModuleProcess consumer;

	private PaymentGateway payments;

	private String token;

	@BeforeAll
	static void start() throws IOException {
		provider = Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create())
			.addService(ServerInterceptors.intercept(new MisbehavingPayments(), new AuthorizationRecorder()))
			.build()
			.start();
		consumer = ModuleProcess.start(PaymentsTestApplication.class, PaymentsProcesses.TOKENS,
				MisbehavingProviders.consumer("payments", "grpc", "127.0.0.1:" + provider.getPort()));
		MisbehavingProviders
			.warmUp(() -> consumer.context().getBean(PaymentGateway.class).cancelForOrder(UUID.randomUUID()));
	}

	@AfterAll
	static void stop() {
		consumer.stop();
		provider.shutdownNow();
	}

	@BeforeEach
	void signIn() {
		calls.set(0);
		authorization.set(null);
		this.token = PaymentsProcesses.TOKENS.customer(UUID.randomUUID());
		SecurityContextHolder.getContext()
			.setAuthentication(new JwtAuthenticationToken(PaymentsProcesses.TOKENS.decoder().decode(this.token)));
		this.payments = consumer.context().getBean(PaymentGateway.class);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void anUnavailableProviderIsRetriedThenReportedUnavailable() {
		authorizing.set((response) -> response.onError(Status.UNAVAILABLE.withDescription("restarting").asException()));
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(this::authorize)
			.satisfies((failure) -> assertThat(failure.module()).isEqualTo("payments"))
			.withMessageContaining("cannot be reached");
		assertThat(calls).hasValue(3);
		assertThat(authorization).hasValue("Bearer " + this.token);
	}

	@Test
	void anOverloadedProviderIsReportedUnavailable() {
		authorizing.set((response) -> response.onError(Status.RESOURCE_EXHAUSTED.asException()));
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(this::authorize)
			.withMessageContaining("overloaded");
	}

	@Test
	void aProviderThatDoesNotAnswerInTimeIsReportedWithinTheDeadline() {
		authorizing.set((response) -> sleep(Duration.ofSeconds(5)));
		long started = System.nanoTime();
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(this::authorize);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
		assertThat(calls).hasValue(1);
	}

	@Test
	void anAnswerThatMakesNoSenseIsReportedUnavailable() {
		authorizing.set((response) -> {
			response.onNext(AuthorizeResponse.newBuilder()
				.setAuthorization(dev.carve.contracts.payments.v1.PaymentAuthorization.newBuilder()
					.setPaymentId("not-a-uuid")
					.setOrderId("neither"))
				.build());
			response.onCompleted();
		});
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(this::authorize);
	}

	@Test
	void aDomainErrorBecomesTheContractsExceptionAndIsNotRepeated() {
		UUID orderId = UUID.randomUUID();
		authorizing.set((response) -> response
			.onError(DomainExceptionGrpcHandler.toStatus(new PaymentDeclinedException(orderId, "card expired"))));
		assertThatExceptionOfType(PaymentDeclinedException.class).isThrownBy(this::authorize).satisfies((refusal) -> {
			assertThat(refusal.reason()).isEqualTo("card expired");
			assertThat(refusal.properties()).containsEntry("orderId", orderId.toString());
		});
		assertThat(calls).hasValue(1);
	}

	@Test
	void aStateConflictKeepsThePaymentsStateAndIsNotRepeated() {
		UUID paymentId = UUID.randomUUID();
		capturing.set((response) -> response.onError(
				DomainExceptionGrpcHandler.toStatus(new PaymentStateException(paymentId, "REFUNDED", "CAPTURED"))));
		assertThatExceptionOfType(PaymentStateException.class).isThrownBy(() -> this.payments.capture(paymentId))
			.satisfies((refusal) -> {
				assertThat(refusal.status()).isEqualTo("REFUNDED");
				assertThat(refusal.properties()).containsEntry("paymentId", paymentId.toString());
			});
		assertThat(calls).hasValue(1);
	}

	@Test
	void aProviderThatIsGoneIsReportedUnavailable() throws IOException {
		Server gone = Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create()).build().start();
		int port = gone.getPort();
		gone.shutdownNow();
		try (ModuleProcess orphan = ModuleProcess.start(PaymentsTestApplication.class, PaymentsProcesses.TOKENS,
				"carve.modules.payments.mode=grpc", "carve.modules.payments.url=127.0.0.1:" + port,
				"carve.modules.payments.client.deadline=1500ms")) {
			PaymentGateway unreachable = orphan.context().getBean(PaymentGateway.class);
			assertThatExceptionOfType(GatewayUnavailableException.class)
				.isThrownBy(() -> unreachable.cancelForOrder(UUID.randomUUID()));
		}
	}

	private void authorize() {
		this.payments.authorize(new AuthorizePayment(UUID.randomUUID(), UUID.randomUUID(), Money.of("42.50", "EUR")));
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static final class MisbehavingPayments extends PaymentServiceGrpc.PaymentServiceImplBase {

		@Override
		public void authorize(AuthorizeRequest request, StreamObserver<AuthorizeResponse> response) {
			calls.incrementAndGet();
			authorizing.get().accept(response);
		}

		@Override
		public void capture(CaptureRequest request, StreamObserver<CaptureResponse> response) {
			calls.incrementAndGet();
			capturing.get().accept(response);
		}

	}

	private static final class AuthorizationRecorder implements ServerInterceptor {

		@Override
		public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
				ServerCallHandler<Q, R> next) {
			authorization.set(headers.get(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER)));
			return next.startCall(call, headers);
		}

	}

}
