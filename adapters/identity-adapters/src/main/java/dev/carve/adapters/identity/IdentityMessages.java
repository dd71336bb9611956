package dev.carve.adapters.identity;

import java.util.HashSet;
import java.util.Optional;
import java.util.UUID;

import dev.carve.contracts.identity.CustomerView;
import dev.carve.contracts.identity.v1.FindCustomerResponse;

/** Converts between the identity contract's records and its protobuf messages. */
final class IdentityMessages {

	private IdentityMessages() {
	}

	static FindCustomerResponse toMessage(Optional<CustomerView> customer) {
		return customer
			.map((found) -> FindCustomerResponse.newBuilder().setFound(true).setCustomer(toMessage(found)).build())
			.orElseGet(() -> FindCustomerResponse.newBuilder().setFound(false).build());
	}

	static Optional<CustomerView> fromMessage(FindCustomerResponse response) {
		return response.getFound() ? Optional.of(fromMessage(response.getCustomer())) : Optional.empty();
	}

	static dev.carve.contracts.identity.v1.CustomerView toMessage(CustomerView customer) {
		return dev.carve.contracts.identity.v1.CustomerView.newBuilder()
			.setId(customer.id().toString())
			.setEmail(customer.email())
			.setName(customer.name())
			.addAllRoles(customer.roles().stream().sorted().toList())
			.build();
	}

	static CustomerView fromMessage(dev.carve.contracts.identity.v1.CustomerView customer) {
		return new CustomerView(UUID.fromString(customer.getId()), customer.getEmail(), customer.getName(),
				new HashSet<>(customer.getRolesList()));
	}

}
