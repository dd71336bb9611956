package dev.carve.adapters.identity;

import java.util.UUID;

import dev.carve.contracts.identity.CustomerView;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;

/**
 * The identity gateway over HTTP, mapped once: the requests of
 * {@code /internal/v1/identity/...} (in {@code identity.yaml}).
 * {@link IdentityHttpEndpoints} serves them and the runtime proxies the interface as the
 * client, which is the gateway: each method is declared as the contract declares it (an
 * {@code Optional} answer as its value, empty on the module's not-found problem). Nothing
 * but the exchange is on it: the call's budget reaches the request on its own.
 */
interface IdentityHttpApi {

	String CUSTOMER = "/internal/v1/identity/customers/{customerId}";

	@GetExchange(url = CUSTOMER, accept = "application/json")
	CustomerView findCustomer(@PathVariable("customerId") UUID customerId);

}
