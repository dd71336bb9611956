package dev.carve.adapters.identity;

import java.util.UUID;

import dev.carve.contracts.identity.CustomerView;
import feign.Request;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The OpenFeign client of identity's HTTP gateway endpoints
 * ({@code /internal/v1/identity/...} in {@code identity.yaml}). Each method takes the
 * attempt's timeouts last.
 */
interface IdentityHttpClient {

	@GetMapping(path = IdentityHttpEndpoints.CUSTOMER, produces = "application/json")
	CustomerView findCustomer(@PathVariable("customerId") UUID customerId, Request.Options options);

}
