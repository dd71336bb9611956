package dev.carve.shop.identity.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import dev.carve.contracts.identity.CustomerRegistered;
import dev.carve.runtime.events.EventOutbox;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs customers up: one row in {@code identity.customers} and one
 * {@link CustomerRegistered} in the module's outbox, in one transaction.
 */
@Service
class CustomerRegistration {

	private final Customers customers;

	private final Passwords passwords;

	private final EventOutbox outbox;

	CustomerRegistration(Customers customers, Passwords passwords, EventOutbox outbox) {
		this.customers = customers;
		this.passwords = passwords;
		this.outbox = outbox;
	}

	/**
	 * Registers a customer.
	 * @param email the e-mail address, stored lower case
	 * @param password the password, at most {@value Passwords#MAX_BYTES} UTF-8 bytes
	 * @param name the display name
	 * @param roles the customer's roles
	 * @return the new customer
	 * @throws IdentityException {@code email-taken} when the address is registered
	 */
	@Transactional
	Customer register(String email, String password, String name, Set<String> roles) {
		String normalized = Customer.normalize(email);
		if (this.customers.existsByEmail(normalized)) {
			throw IdentityException.emailTaken(normalized);
		}
		Instant now = Instant.now();
		Customer customer = new Customer(normalized, name, this.passwords.hash(password), roles, now);
		try {
			this.customers.saveAndFlush(customer);
		}
		catch (DataIntegrityViolationException ex) {
			throw IdentityException.emailTaken(normalized);
		}
		this.outbox
			.publish(new CustomerRegistered(UUID.randomUUID(), customer.id(), customer.email(), customer.name(), now));
		return customer;
	}

}
