package dev.carve.adapters.inventory;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import dev.carve.contracts.inventory.InsufficientStockException;
import dev.carve.contracts.inventory.InventoryGateway;
import dev.carve.contracts.inventory.ReserveStock;
import dev.carve.contracts.inventory.StockLine;
import dev.carve.contracts.inventory.v1.InventoryServiceGrpc;
import dev.carve.contracts.inventory.v1.ReserveRequest;
import dev.carve.contracts.inventory.v1.ReserveResponse;
import dev.carve.runtime.gateway.grpc.DomainExceptionGrpcHandler;
import dev.carve.testkit.MisbehavingProviders;
import dev.carve.testkit.ModuleProcess;
import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.stub.StreamObserver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The gRPC inventory gateway's own refusal coming back: a gRPC server in this JVM answers
 * every reservation out of stock. What every gRPC gateway does when its provider
 * misbehaves is the runtime's {@code GrpcGatewayFailureIntegrationTests}.
 */
class GrpcInventoryGatewayFailureIntegrationTests {

	private static final AtomicInteger calls = new AtomicInteger();

	private static Server provider;

	private static ModuleProcess consumer;

	@BeforeAll
	static void start() throws IOException {
		provider = Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create())
			.addService(new OutOfStock())
			.build()
			.start();
		consumer = ModuleProcess.start(InventoryTestApplication.class, InventoryProcesses.TOKENS,
				MisbehavingProviders.consumer("inventory", "grpc", "127.0.0.1:" + provider.getPort()));
	}

	@AfterAll
	static void stop() {
		consumer.stop();
		provider.shutdownNow();
	}

	@Test
	void aDomainErrorBecomesTheContractsExceptionAndIsNotRepeated() {
		InventoryGateway inventory = consumer.context().getBean(InventoryGateway.class);
		assertThatExceptionOfType(InsufficientStockException.class)
			.isThrownBy(
					() -> inventory.reserve(new ReserveStock(UUID.randomUUID(), List.of(new StockLine("MUG-BLUE", 2)))))
			.satisfies((refusal) -> {
				assertThat(refusal.sku()).isEqualTo("MUG-BLUE");
				assertThat(refusal.requested()).isEqualTo(2);
				assertThat(refusal.available()).isEqualTo(1);
			});
		assertThat(calls).hasValue(1);
	}

	private static final class OutOfStock extends InventoryServiceGrpc.InventoryServiceImplBase {

		@Override
		public void reserve(ReserveRequest request, StreamObserver<ReserveResponse> response) {
			calls.incrementAndGet();
			response.onError(DomainExceptionGrpcHandler.toStatus(new InsufficientStockException("MUG-BLUE", 2, 1)));
		}

	}

}
