package dev.carve.adapters.identity;

import java.util.UUID;

import dev.carve.contracts.identity.CustomerView;
import dev.carve.contracts.identity.IdentityGateway;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves {@link IdentityGateway} over HTTP for processes where identity is remote, to
 * callers with a service credential for identity. An unknown id is answered {@code 404}
 * with the problem type {@code urn:carve:problem:customer-not-found}, which the HTTP
 * gateway turns back into an empty answer.
 */
@RestController
@Tag(name = "identity-gateway", description = "The identity gateway, for other modules")
class IdentityHttpEndpoints implements IdentityHttpApi {

	private final IdentityGateway identity;

	IdentityHttpEndpoints(IdentityGateway identity) {
		this.identity = identity;
	}

	@Operation(summary = "Find a customer by id; 404 customer-not-found when no customer has it")
	@ApiResponse(responseCode = "200", description = "The customer")
	@ApiResponse(responseCode = "404",
			description = "customer-not-found: no customer has that id (customerId); the gateway answers empty",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@Override
	public CustomerView findCustomer(UUID customerId) {
		return this.identity.findCustomer(customerId)
			.orElseThrow(() -> new CustomerNotFoundException(customerId.toString()));
	}

}
