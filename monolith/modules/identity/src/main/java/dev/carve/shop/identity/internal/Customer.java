package dev.carve.shop.identity.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import dev.carve.contracts.identity.CustomerView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Someone who can log in: an e-mail address (unique, lower case), a display name, a
 * bcrypt password hash and roles.
 */
@Entity
@Table(schema = "identity", name = "customers")
public class Customer {

	/** The role every customer has. */
	public static final String CUSTOMER = "CUSTOMER";

	/** The role of administrators. */
	public static final String ADMIN = "ADMIN";

	@Id
	private UUID id;

	private String email;

	private String name;

	@Column(name = "password_hash")
	private String passwordHash;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private String[] roles;

	@Column(name = "created_at")
	private Instant createdAt;

	protected Customer() {
	}

	Customer(String email, String name, String passwordHash, Set<String> roles, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.email = normalize(email);
		this.name = name.strip();
		this.passwordHash = passwordHash;
		this.roles = roles.stream().sorted().toArray(String[]::new);
		this.createdAt = createdAt;
	}

	/** The form e-mail addresses are stored and looked up in: trimmed, lower case. */
	static String normalize(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	UUID id() {
		return this.id;
	}

	String email() {
		return this.email;
	}

	String name() {
		return this.name;
	}

	String passwordHash() {
		return this.passwordHash;
	}

	Set<String> roles() {
		return Set.of(this.roles);
	}

	Instant createdAt() {
		return this.createdAt;
	}

	/** The customer as other modules see it. */
	public CustomerView toView() {
		return new CustomerView(this.id, this.email, this.name, roles());
	}

	@Override
	public String toString() {
		return "Customer[id=" + this.id + ", roles=" + Arrays.toString(this.roles) + "]";
	}

}
