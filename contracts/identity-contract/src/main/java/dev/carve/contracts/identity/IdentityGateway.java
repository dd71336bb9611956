package dev.carve.contracts.identity;

import java.util.Optional;
import java.util.UUID;

import dev.carve.api.Idempotent;

/**
 * Customer look-up, for modules that need more of a customer than the id in the caller's
 * token.
 *
 * <p>
 * Every implementation (in-process, gRPC, HTTP) behaves the same. A remote implementation
 * turns every transport failure into {@code GatewayUnavailableException}.
 */
public interface IdentityGateway {

	/**
	 * Finds a customer by id. Idempotent and safe to retry.
	 * @param customerId the customer's id
	 * @return the customer, or empty when no customer has that id
	 */
	@Idempotent
	Optional<CustomerView> findCustomer(UUID customerId);

}
