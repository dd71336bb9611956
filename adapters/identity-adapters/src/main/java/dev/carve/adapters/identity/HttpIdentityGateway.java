package dev.carve.adapters.identity;

import java.util.Optional;
import java.util.UUID;

import dev.carve.contracts.identity.CustomerView;
import dev.carve.contracts.identity.IdentityGateway;
import dev.carve.runtime.gateway.RemoteCalls;

/**
 * {@link IdentityGateway} over HTTP, a Spring HTTP interface client of identity's gateway
 * endpoints. The look-up is idempotent by contract, so it is retried within the call's
 * deadline; the provider's {@code 404 customer-not-found} problem is the empty answer.
 */
public final class HttpIdentityGateway implements IdentityGateway {

	private final IdentityHttpApi client;

	private final RemoteCalls calls;

	HttpIdentityGateway(IdentityHttpApi client, RemoteCalls calls) {
		this.client = client;
		this.calls = calls;
	}

	@Override
	public Optional<CustomerView> findCustomer(UUID customerId) {
		try {
			return Optional.of(this.calls.call("findCustomer", () -> this.client.findCustomer(customerId)));
		}
		catch (CustomerNotFoundException ex) {
			return Optional.empty();
		}
	}

}
