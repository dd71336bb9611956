package dev.carve.adapters.orders;

import java.util.UUID;

import dev.carve.contracts.orders.OrderGateway;
import dev.carve.contracts.orders.v1.FindStatusRequest;
import dev.carve.contracts.orders.v1.FindStatusResponse;
import dev.carve.contracts.orders.v1.FindStatusesRequest;
import dev.carve.contracts.orders.v1.FindStatusesResponse;
import dev.carve.contracts.orders.v1.OrderServiceGrpc;
import io.grpc.stub.StreamObserver;

/**
 * Serves {@code carve.orders.v1.OrderService} from the in-process {@link OrderGateway}.
 * An unknown id is an answer with {@code found = false}; a malformed id fails with
 * {@code INVALID_ARGUMENT} (the runtime's {@code DomainExceptionGrpcHandler}).
 */
final class OrdersGrpcService extends OrderServiceGrpc.OrderServiceImplBase {

	private final OrderGateway orders;

	OrdersGrpcService(OrderGateway orders) {
		this.orders = orders;
	}

	@Override
	public void findStatus(FindStatusRequest request, StreamObserver<FindStatusResponse> response) {
		var order = this.orders.findStatus(UUID.fromString(request.getOrderId()));
		response.onNext(OrdersMessages.toMessage(order));
		response.onCompleted();
	}

	@Override
	public void findStatuses(FindStatusesRequest request, StreamObserver<FindStatusesResponse> response) {
		var orders = this.orders.findStatuses(OrdersMessages.fromMessage(request));
		response.onNext(OrdersMessages.toMessage(orders));
		response.onCompleted();
	}

}
