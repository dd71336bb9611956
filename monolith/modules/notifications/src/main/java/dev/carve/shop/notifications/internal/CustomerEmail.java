package dev.carve.shop.notifications.internal;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Where and by what name to address a customer: this module's own copy of what identity
 * published in {@code CustomerRegistered}.
 */
@Entity
@Table(schema = "notifications", name = "customer_emails")
class CustomerEmail {

	@Id
	private UUID customerId;

	private String email;

	private String name;

	/** For JPA. */
	protected CustomerEmail() {
	}

	CustomerEmail(UUID customerId, String email, String name) {
		this.customerId = customerId;
		this.email = email;
		this.name = name;
	}

	String email() {
		return this.email;
	}

	String name() {
		return this.name;
	}

}
