package dev.carve.adapters.identity;

import java.util.UUID;

import dev.carve.contracts.identity.CustomerView;
import dev.carve.runtime.gateway.CallBudget;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;

/**
 * The HTTP interface client of identity's HTTP gateway endpoints
 * ({@code /internal/v1/identity/...} in {@code identity.yaml}). Each method takes the
 * call's budget last, which bounds the attempt's timeouts.
 */
interface IdentityHttpClient {

	@GetExchange(url = IdentityHttpEndpoints.CUSTOMER, accept = "application/json")
	CustomerView findCustomer(@PathVariable("customerId") UUID customerId, CallBudget budget);

}
