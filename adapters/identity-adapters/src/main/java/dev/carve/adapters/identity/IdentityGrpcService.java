package dev.carve.adapters.identity;

import java.util.UUID;

import dev.carve.contracts.identity.IdentityGateway;
import dev.carve.contracts.identity.v1.FindCustomerRequest;
import dev.carve.contracts.identity.v1.FindCustomerResponse;
import dev.carve.contracts.identity.v1.IdentityServiceGrpc;
import io.grpc.stub.StreamObserver;

/**
 * Serves {@code carve.identity.v1.IdentityService} from the in-process
 * {@link IdentityGateway}. An unknown id is an answer with {@code found = false}; a
 * malformed id fails with {@code INVALID_ARGUMENT} (the runtime's
 * {@code DomainExceptionGrpcHandler}).
 */
final class IdentityGrpcService extends IdentityServiceGrpc.IdentityServiceImplBase {

	private final IdentityGateway identity;

	IdentityGrpcService(IdentityGateway identity) {
		this.identity = identity;
	}

	@Override
	public void findCustomer(FindCustomerRequest request, StreamObserver<FindCustomerResponse> response) {
		var customer = this.identity.findCustomer(UUID.fromString(request.getCustomerId()));
		response.onNext(IdentityMessages.toMessage(customer));
		response.onCompleted();
	}

}
