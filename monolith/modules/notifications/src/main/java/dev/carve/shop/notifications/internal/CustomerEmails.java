package dev.carve.shop.notifications.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** The local copy of customers' e-mail addresses, one row per customer. */
interface CustomerEmails extends Repository<CustomerEmail, UUID> {

	/** Inserts the customer's address, or replaces the one kept. */
	CustomerEmail save(CustomerEmail email);

	/** The customer's address, if the customer's registration has arrived. */
	Optional<CustomerEmail> findById(UUID customerId);

}
