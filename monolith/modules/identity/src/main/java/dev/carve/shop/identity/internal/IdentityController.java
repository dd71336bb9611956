package dev.carve.shop.identity.internal;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;

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
	ResponseEntity<CustomerResponse> signUp(@Valid @RequestBody SignUpRequest request, HttpServletRequest http) {
		this.signUpThrottle.attempt(http.getRemoteAddr());
		Customer customer = this.registration.register(request.email(), request.password(), request.name(),
				Set.of(Customer.CUSTOMER));
		return ResponseEntity.created(URI.create("/api/v1/identity/customers/" + customer.id()))
			.body(CustomerResponse.of(customer));
	}

	@SecurityRequirements
	@PostMapping("/api/v1/identity/tokens")
	TokenResponse login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
		return this.sessions.login(request.email(), request.password(), http.getRemoteAddr());
	}

	@SecurityRequirements
	@PostMapping("/api/v1/identity/tokens/refresh")
	TokenResponse refresh(@Valid @RequestBody RefreshRequest request) {
		return this.sessions.refresh(request.refreshToken());
	}

	@GetMapping("/api/v1/identity/customers/me")
	CustomerResponse me(@AuthenticationPrincipal Jwt jwt) {
		return find(UUID.fromString(jwt.getSubject()));
	}

	@GetMapping("/api/v1/identity/customers/{id}")
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
	Map<String, Object> jwks() {
		return this.signingKeys.publicJwks();
	}

	private CustomerResponse find(UUID id) {
		return this.customers.findById(id).map(CustomerResponse::of).orElseThrow(IdentityException::customerNotFound);
	}

}
