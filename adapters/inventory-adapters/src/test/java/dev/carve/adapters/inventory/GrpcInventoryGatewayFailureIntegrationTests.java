package dev.carve.adapters.inventory;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import dev.carve.adapters.testkit.MisbehavingProviders;
import dev.carve.contracts.inventory.InsufficientStockException;
import dev.carve.contracts.inventory.InventoryGateway;
import dev.carve.contracts.inventory.ReserveStock;
import dev.carve.contracts.inventory.StockLine;
import dev.carve.contracts.inventory.v1.InventoryServiceGrpc;
import dev.carve.contracts.inventory.v1.ReserveRequest;
import dev.carve.contracts.inventory.v1.ReserveResponse;
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
 * The gRPC inventory gateway against a provider that misbehaves: a gRPC server in this
 * JVM answering UNAVAILABLE, RESOURCE_EXHAUSTED, too late, garbage or a domain error.
 */
class GrpcInventoryGatewayFailureIntegrationTests {

	private static final AtomicReference<Consumer<StreamObserver<ReserveResponse>>> behaviour = new AtomicReference<>();

	private static final AtomicInteger calls = new AtomicInteger();

	private static final AtomicReference<String> authorization = new AtomicReference<>();

	private static Server provider;

	private static ModuleProcess consumer;

	private InventoryGateway inventory;

	private String token;

	@BeforeAll
	static void start() throws IOException {
		provider = Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create())
			.addService(ServerInterceptors.intercept(new MisbehavingInventory(), new AuthorizationRecorder()))
			.build()
			.start();
		consumer = ModuleProcess.start(InventoryTestApplication.class, InventoryProcesses.TOKENS,
				MisbehavingProviders.consumer("inventory", "grpc", "127.0.0.1:" + provider.getPort()));
		MisbehavingProviders
			.warmUp(() -> consumer.context().getBean(InventoryGateway.class).release(UUID.randomUUID()));
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
		this.token = InventoryProcesses.TOKENS.customer(UUID.randomUUID());
		SecurityContextHolder.getContext()
			.setAuthentication(new JwtAuthenticationToken(InventoryProcesses.TOKENS.decoder().decode(this.token)));
		this.inventory = consumer.context().getBean(InventoryGateway.class);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void anUnavailableProviderIsRetriedThenReportedUnavailable() {
		behaviour.set((response) -> response.onError(Status.UNAVAILABLE.withDescription("restarting").asException()));
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(this::reserve)
			.satisfies((failure) -> assertThat(failure.module()).isEqualTo("inventory"))
			.withMessageContaining("cannot be reached");
		assertThat(calls).hasValue(3);
		assertThat(authorization).hasValue("Bearer " + this.token);
	}

	@Test
	void anOverloadedProviderIsReportedUnavailable() {
		behaviour.set((response) -> response.onError(Status.RESOURCE_EXHAUSTED.asException()));
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(this::reserve)
			.withMessageContaining("overloaded");
	}

	@Test
	void aProviderThatDoesNotAnswerInTimeIsReportedWithinTheDeadline() {
		behaviour.set((response) -> sleep(Duration.ofSeconds(5)));
		long started = System.nanoTime();
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(this::reserve);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
		assertThat(calls).hasValue(1);
	}

	@Test
	void anAnswerThatMakesNoSenseIsReportedUnavailable() {
		behaviour.set((response) -> {
			response.onNext(ReserveResponse.newBuilder()
				.setReservation(dev.carve.contracts.inventory.v1.Reservation.newBuilder()
					.setReservationId("not-a-uuid")
					.setOrderId("neither"))
				.build());
			response.onCompleted();
		});
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(this::reserve);
	}

	@Test
	void aDomainErrorBecomesTheContractsExceptionAndIsNotRepeated() {
		behaviour.set((response) -> response
			.onError(DomainExceptionGrpcHandler.toStatus(new InsufficientStockException("MUG-BLUE", 2, 1))));
		assertThatExceptionOfType(InsufficientStockException.class).isThrownBy(this::reserve)
			.satisfies((refusal) -> assertThat(refusal.available()).isEqualTo(1));
		assertThat(calls).hasValue(1);
	}

	@Test
	void aProviderThatIsGoneIsReportedUnavailable() throws IOException {
		Server gone = Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create()).build().start();
		int port = gone.getPort();
		gone.shutdownNow();
		try (ModuleProcess orphan = ModuleProcess.start(InventoryTestApplication.class, InventoryProcesses.TOKENS,
				"carve.modules.inventory.mode=grpc", "carve.modules.inventory.url=127.0.0.1:" + port,
				"carve.modules.inventory.client.deadline=1500ms")) {
			InventoryGateway unreachable = orphan.context().getBean(InventoryGateway.class);
			assertThatExceptionOfType(GatewayUnavailableException.class)
				.isThrownBy(() -> unreachable.release(UUID.randomUUID()));
		}
	}

	private void reserve() {
		this.inventory.reserve(new ReserveStock(UUID.randomUUID(), List.of(new StockLine("MUG-BLUE", 2))));
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static final class MisbehavingInventory extends InventoryServiceGrpc.InventoryServiceImplBase {

		@Override
		public void reserve(ReserveRequest request, StreamObserver<ReserveResponse> response) {
			calls.incrementAndGet();
			behaviour.get().accept(response);
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
