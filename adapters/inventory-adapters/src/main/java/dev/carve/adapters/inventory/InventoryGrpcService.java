package dev.carve.adapters.inventory;

import java.util.UUID;

import dev.carve.contracts.inventory.InventoryGateway;
import dev.carve.contracts.inventory.v1.CommitRequest;
import dev.carve.contracts.inventory.v1.CommitResponse;
import dev.carve.contracts.inventory.v1.InventoryServiceGrpc;
import dev.carve.contracts.inventory.v1.ReleaseRequest;
import dev.carve.contracts.inventory.v1.ReleaseResponse;
import dev.carve.contracts.inventory.v1.ReserveRequest;
import dev.carve.contracts.inventory.v1.ReserveResponse;
import io.grpc.stub.StreamObserver;

/**
 * Serves {@code carve.inventory.v1.InventoryService} from the in-process
 * {@link InventoryGateway}. Domain errors leave as statuses with {@code ErrorInfo} (the
 * runtime's {@code DomainExceptionGrpcHandler}); a malformed id as
 * {@code INVALID_ARGUMENT}.
 */
final class InventoryGrpcService extends InventoryServiceGrpc.InventoryServiceImplBase {

	private final InventoryGateway inventory;

	InventoryGrpcService(InventoryGateway inventory) {
		this.inventory = inventory;
	}

	@Override
	public void reserve(ReserveRequest request, StreamObserver<ReserveResponse> response) {
		var reservation = this.inventory.reserve(InventoryMessages.fromMessage(request));
		response.onNext(ReserveResponse.newBuilder().setReservation(InventoryMessages.toMessage(reservation)).build());
		response.onCompleted();
	}

	@Override
	public void release(ReleaseRequest request, StreamObserver<ReleaseResponse> response) {
		this.inventory.release(UUID.fromString(request.getOrderId()));
		response.onNext(ReleaseResponse.getDefaultInstance());
		response.onCompleted();
	}

	@Override
	public void commit(CommitRequest request, StreamObserver<CommitResponse> response) {
		this.inventory.commit(UUID.fromString(request.getOrderId()));
		response.onNext(CommitResponse.getDefaultInstance());
		response.onCompleted();
	}

}
