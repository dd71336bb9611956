package dev.carve.adapters.identity;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import dev.carve.contracts.identity.CustomerView;
import dev.carve.contracts.identity.IdentityGateway;
import dev.carve.contracts.identity.v1.FindCustomerRequest;
import dev.carve.contracts.identity.v1.IdentityServiceGrpc;
import dev.carve.contracts.identity.v1.IdentityServiceGrpc.IdentityServiceBlockingStub;
import dev.carve.runtime.gateway.CallBudget;
import dev.carve.runtime.gateway.RemoteCalls;
import io.grpc.Channel;

/**
 * {@link IdentityGateway} over gRPC ({@code carve.identity.v1.IdentityService}). The
 * look-up is idempotent by contract, so it is retried within the call's deadline; an
 * unknown id comes back as {@code found = false}, hence empty.
 */
public final class GrpcIdentityGateway implements IdentityGateway {

	private final IdentityServiceBlockingStub stub;

	private final RemoteCalls calls;

	/**
	 * Creates the gateway.
	 * @param channel the channel to the process that runs identity
	 * @param calls deadlines, retries, circuit breaker and failure translation
	 */
	public GrpcIdentityGateway(Channel channel, RemoteCalls calls) {
		this.stub = IdentityServiceGrpc.newBlockingStub(channel);
		this.calls = calls;
	}

	@Override
	public Optional<CustomerView> findCustomer(UUID customerId) {
		FindCustomerRequest request = FindCustomerRequest.newBuilder().setCustomerId(customerId.toString()).build();
		return this.calls.call("findCustomer",
				(budget) -> IdentityMessages.fromMessage(stub(budget).findCustomer(request)));
	}

	private IdentityServiceBlockingStub stub(CallBudget budget) {
		return this.stub.withDeadlineAfter(budget.remaining().toNanos(), TimeUnit.NANOSECONDS);
	}

}
