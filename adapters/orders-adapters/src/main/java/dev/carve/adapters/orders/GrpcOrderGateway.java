package dev.carve.adapters.orders;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import dev.carve.contracts.orders.OrderGateway;
import dev.carve.contracts.orders.OrderStatusView;
import dev.carve.contracts.orders.v1.FindStatusRequest;
import dev.carve.contracts.orders.v1.FindStatusesRequest;
import dev.carve.contracts.orders.v1.OrderServiceGrpc;
import dev.carve.contracts.orders.v1.OrderServiceGrpc.OrderServiceBlockingStub;
import dev.carve.runtime.gateway.CallBudget;
import dev.carve.runtime.gateway.RemoteCalls;
import io.grpc.Channel;

/**
 * {@link OrderGateway} over gRPC ({@code carve.orders.v1.OrderService}). The look-up is
 * idempotent by contract, so it is retried within the call's deadline; an unknown id
 * comes back as {@code found = false}, hence empty.
 */
public final class GrpcOrderGateway implements OrderGateway {

	private final OrderServiceBlockingStub stub;

	private final RemoteCalls calls;

	/**
	 * Creates the gateway.
	 * @param channel the channel to the process that runs orders
	 * @param calls deadlines, retries, circuit breaker and failure translation
	 */
	public GrpcOrderGateway(Channel channel, RemoteCalls calls) {
		this.stub = OrderServiceGrpc.newBlockingStub(channel);
		this.calls = calls;
	}

	@Override
	public Optional<OrderStatusView> findStatus(UUID orderId) {
		FindStatusRequest request = FindStatusRequest.newBuilder().setOrderId(orderId.toString()).build();
		return this.calls.call("findStatus", (budget) -> OrdersMessages.fromMessage(stub(budget).findStatus(request)));
	}

	@Override
	public List<OrderStatusView> findStatuses(Collection<UUID> orderIds) {
		FindStatusesRequest request = OrdersMessages.toMessage(orderIds);
		return this.calls.call("findStatuses",
				(budget) -> OrdersMessages.fromMessage(stub(budget).findStatuses(request)));
	}

	private OrderServiceBlockingStub stub(CallBudget budget) {
		return this.stub.withDeadlineAfter(budget.remaining().toNanos(), TimeUnit.NANOSECONDS);
	}

}
