package dev.carve.shop.identity.internal;

import java.util.List;
import java.util.UUID;

/**
 * A customer, as the customer sees their account.
 *
 * @param id the customer's id, the {@code sub} of their tokens
 * @param email the e-mail address, lower case
 * @param name the display name
 * @param roles the roles, sorted
 */
record CustomerResponse(UUID id, String email, String name, List<String> roles) {

	static CustomerResponse of(Customer customer) {
		return new CustomerResponse(customer.id(), customer.email(), customer.name(),
				customer.roles().stream().sorted().toList());
	}

}
