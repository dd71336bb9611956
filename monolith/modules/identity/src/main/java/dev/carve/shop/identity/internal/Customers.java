package dev.carve.shop.identity.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** All customers, in {@code identity.customers}. */
public interface Customers extends JpaRepository<Customer, UUID> {

	/**
	 * The customer with an e-mail address.
	 * @param email the address in stored form (see {@link Customer#normalize(String)})
	 * @return the customer, or empty
	 */
	Optional<Customer> findByEmail(String email);

	/** Whether a customer has this e-mail address, in stored form. */
	boolean existsByEmail(String email);

}
