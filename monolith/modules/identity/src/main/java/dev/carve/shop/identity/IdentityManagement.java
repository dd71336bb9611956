package dev.carve.shop.identity;

import java.util.Optional;
import java.util.UUID;

import dev.carve.contracts.identity.CustomerView;
import dev.carve.contracts.identity.IdentityGateway;
import dev.carve.shop.identity.internal.Customer;
import dev.carve.shop.identity.internal.Customers;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The in-process {@link IdentityGateway}: reads customers from this module's tables. */
@Service
class IdentityManagement implements IdentityGateway {

	private final Customers customers;

	IdentityManagement(Customers customers) {
		this.customers = customers;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CustomerView> findCustomer(UUID customerId) {
		return this.customers.findById(customerId).map(Customer::toView);
	}

}
