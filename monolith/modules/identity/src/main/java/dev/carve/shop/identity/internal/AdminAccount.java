package dev.carve.shop.identity.internal;

import java.util.Optional;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Creates the administrator's account at start-up when {@code carve.identity.admin.email}
 * and {@code carve.identity.admin.password} are set (or the environment variables
 * {@code CARVE_IDENTITY_ADMIN_EMAIL} and {@code CARVE_IDENTITY_ADMIN_PASSWORD}), with the
 * roles {@code CUSTOMER} and {@code ADMIN}. An account that already has the address is
 * left as it is, so restarts change nothing.
 */
@Component("identityAdminAccount")
class AdminAccount implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(AdminAccount.class);

	private final Environment environment;

	private final Customers customers;

	private final CustomerRegistration registration;

	AdminAccount(Environment environment, Customers customers, CustomerRegistration registration) {
		this.environment = environment;
		this.customers = customers;
		this.registration = registration;
	}

	@Override
	public void run(ApplicationArguments args) {
		String email = this.environment.getProperty("carve.identity.admin.email");
		String password = this.environment.getProperty("carve.identity.admin.password");
		if (!StringUtils.hasText(email) || !StringUtils.hasText(password)) {
			return;
		}
		if (password.length() < 8 || !Passwords.fits(password)) {
			throw new IllegalStateException(
					"carve.identity.admin.password must be 8 characters to " + Passwords.MAX_BYTES + " bytes long");
		}
		Optional<Customer> existing = this.customers.findByEmail(Customer.normalize(email));
		if (existing.isPresent()) {
			if (!existing.get().roles().contains(Customer.ADMIN)) {
				logger.warn("carve.identity.admin.email names an existing account that is not an administrator; "
						+ "it was left unchanged");
			}
			return;
		}
		try {
			Customer admin = this.registration.register(email, password, "Administrator",
					Set.of(Customer.CUSTOMER, Customer.ADMIN));
			logger.info("Created the administrator account " + admin.email());
		}
		catch (IdentityException ex) {
			logger.info("The administrator account was created by another instance meanwhile");
		}
	}

}
