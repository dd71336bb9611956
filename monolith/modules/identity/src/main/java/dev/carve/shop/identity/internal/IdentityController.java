package dev.carve.shop.identity.internal;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.carve.runtime.apidocs.Creates;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The identity API: sign-up, login, refresh, the caller's account and the public key set
 * that verifies access tokens.
 */
@RestController
class IdentityController {

	private static final String CUSTOMERS = "Customers";

	private static final String TOKENS = "Tokens";

	private final CustomerRegistration registration;

	private final Sessions sessions;

	private final Customers customers;

	private final SigningKeys signingKeys;

	private final SignUpThrottle signUpThrottle;

	IdentityController(CustomerRegistration registration, Sessions sessions, Customers customers,
			SigningKeys signingKeys, SignUpThrottle signUpThrottle) {
		this.registration = registration;
		this.signUpThrottle = signUpThrottle;
		this.sessions = sessions;
		this.customers = customers;
		this.signingKeys = signingKeys;
	}

	@SecurityRequirements
	@PostMapping("/api/v1/identity/customers")
	@Operation(tags = CUSTOMERS, summary = "Sign up as a customer")
	@Creates
	@ApiResponse(responseCode = "201", description = "The customer, signed up")
	@ApiResponse(responseCode = "409", description = "email-taken: a customer has that e-mail address (email)")
	@ApiResponse(responseCode = "429",
			description = "too-many-sign-ups: too many sign-ups from this address or in all (retryAfterSeconds)")
	ResponseEntity<CustomerResponse> signUp(@Valid @RequestBody SignUpRequest request, HttpServletRequest http) {
		this.signUpThrottle.attempt(http.getRemoteAddr());
		Customer customer = this.registration.register(request.email(), request.password(), request.name(),
				Set.of(Customer.CUSTOMER));
		return ResponseEntity.created(URI.create("/api/v1/identity/customers/" + customer.id()))
			.body(CustomerResponse.of(customer));
	}

	@SecurityRequirements
	@PostMapping("/api/v1/identity/tokens")
	@Operation(tags = TOKENS,
			summary = "Log in: an access token and a refresh token for an e-mail address and password")
	@ApiResponse(responseCode = "200", description = "The tokens")
	@ApiResponse(responseCode = "401", description = "invalid-credentials: the e-mail address or the password is wrong")
	@ApiResponse(responseCode = "429",
			description = "too-many-attempts: too many failed logins for the account or address (retryAfterSeconds)")
	TokenResponse login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
		return this.sessions.login(request.email(), request.password(), http.getRemoteAddr());
	}

	@SecurityRequirements
	@PostMapping("/api/v1/identity/tokens/refresh")
	@Operation(tags = TOKENS, summary = "Use up a refresh token for a new pair of tokens")
	@ApiResponse(responseCode = "200", description = "The new tokens")
	@ApiResponse(responseCode = "401",
			description = "invalid-refresh-token: the refresh token is unknown, expired or used up; log in again")
	TokenResponse refresh(@Valid @RequestBody RefreshRequest request) {
		return this.sessions.refresh(request.refreshToken());
	}

	@GetMapping("/api/v1/identity/customers/me")
	@Operation(tags = CUSTOMERS, summary = "The caller's own account")
	@ApiResponse(responseCode = "200", description = "The account")
	@ApiResponse(responseCode = "404", description = "customer-not-found: the caller's account no longer exists")
	CustomerResponse me(@AuthenticationPrincipal Jwt jwt) {
		return find(UUID.fromString(jwt.getSubject()));
	}

	@GetMapping("/api/v1/identity/customers/{id}")
	@Operation(tags = CUSTOMERS, summary = "An account: the caller's own, or any for an administrator")
	@ApiResponse(responseCode = "200", description = "The account")
	@ApiResponse(responseCode = "403",
			description = "forbidden: the account is another's and the caller is no" + " administrator")
	@ApiResponse(responseCode = "404", description = "customer-not-found: no customer has that id")
	CustomerResponse customer(@PathVariable UUID id, Authentication caller) {
		boolean admin = caller.getAuthorities()
			.stream()
			.anyMatch((authority) -> ("ROLE_" + Customer.ADMIN).equals(authority.getAuthority()));
		if (!admin && !id.toString().equals(caller.getName())) {
			throw IdentityException.notYourAccount();
		}
		return find(id);
	}

	@SecurityRequirements
	@GetMapping("/.well-known/jwks.json")
	@Operation(tags = "Keys", summary = "The public keys that verify access tokens (RFC 7517 JSON Web Key Set)")
	Map<String, Object> jwks() {
		return this.signingKeys.publicJwks();
	}

	private CustomerResponse find(UUID id) {
		return this.customers.findById(id).map(CustomerResponse::of).orElseThrow(IdentityException::customerNotFound);
	}

}
