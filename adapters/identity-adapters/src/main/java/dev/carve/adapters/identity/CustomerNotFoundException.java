package dev.carve.adapters.identity;

import java.util.Map;

import dev.carve.api.NotFoundException;

/**
 * No customer has the id asked for. Not an error of the contract, whose look-up answers
 * empty: it is how the HTTP endpoints say so ({@code 404 customer-not-found}, the problem
 * type of identity's own API), and the runtime's HTTP client turns it back into
 * {@code Optional.empty()}.
 */
final class CustomerNotFoundException extends NotFoundException {

	static final String CODE = "customer-not-found";

	CustomerNotFoundException(String customerId) {
		super(CODE, "There is no customer " + customerId, Map.of("customerId", customerId));
	}

}
