package dev.carve.adapters.inventory;

import java.util.UUID;
import java.util.concurrent.TimeUnit;

import dev.carve.contracts.inventory.InventoryGateway;
import dev.carve.contracts.inventory.Reservation;
import dev.carve.contracts.inventory.ReserveStock;
import dev.carve.contracts.inventory.v1.CommitRequest;
import dev.carve.contracts.inventory.v1.InventoryServiceGrpc;
import dev.carve.contracts.inventory.v1.InventoryServiceGrpc.InventoryServiceBlockingStub;
import dev.carve.contracts.inventory.v1.ReleaseRequest;
import dev.carve.runtime.gateway.CallBudget;
import dev.carve.runtime.gateway.RemoteCalls;
import io.grpc.Channel;

/**
 * {@link InventoryGateway} over gRPC ({@code carve.inventory.v1.InventoryService}). Every
 * method is idempotent by contract, so every one is retried within the call's deadline.
 */
public final class GrpcInventoryGateway implements InventoryGateway {

	private final InventoryServiceBlockingStub stub;

	private final RemoteCalls calls;

	/**
	 * Creates the gateway.
	 * @param channel the channel to the process that runs inventory
	 * @param calls deadlines, retries, circuit breaker and failure translation
	 */
	public GrpcInventoryGateway(Channel channel, RemoteCalls calls) {
		this.stub = InventoryServiceGrpc.newBlockingStub(channel);
		this.calls = calls;
	}

	@Override
	public Reservation reserve(ReserveStock request) {
		return this.calls.call("reserve", (budget) -> InventoryMessages
			.fromMessage(stub(budget).reserve(InventoryMessages.toMessage(request)).getReservation()));
	}

	@Override
	public void release(UUID orderId) {
		this.calls.run("release",
				(budget) -> stub(budget).release(ReleaseRequest.newBuilder().setOrderId(orderId.toString()).build()));
	}

	@Override
	public void commit(UUID orderId) {
		this.calls.run("commit",
				(budget) -> stub(budget).commit(CommitRequest.newBuilder().setOrderId(orderId.toString()).build()));
	}

	private InventoryServiceBlockingStub stub(CallBudget budget) {
		return this.stub.withDeadlineAfter(budget.remaining().toNanos(), TimeUnit.NANOSECONDS);
	}

}
