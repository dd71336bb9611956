package dev.carve.contracts.identity;

import java.util.Set;
import java.util.UUID;

/**
 * A customer as other modules see it.
 *
 * @param id the customer's id, the {@code sub} of their tokens
 * @param email the customer's e-mail address, lower case
 * @param name the customer's display name
 * @param roles the customer's roles, such as {@code CUSTOMER} and {@code ADMIN}
 */
public record CustomerView(UUID id, String email, String name, Set<String> roles) {

	public CustomerView {
		roles = Set.copyOf(roles);
	}

}
