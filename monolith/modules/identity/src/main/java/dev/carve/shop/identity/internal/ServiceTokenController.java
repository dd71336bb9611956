package dev.carve.shop.identity.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Identity's token endpoint for deployables: the OAuth 2.0 client-credentials grant (RFC
 * 6749, section 4.4) for the clients in {@code shop.identity.service-tokens.clients},
 * authenticated with HTTP Basic ({@code client_secret_basic}) or form parameters
 * ({@code client_secret_post}). The token it issues is a service credential for what the
 * client may call.
 */
@RestController
@Tag(name = "Service tokens", description = "Credentials for the deployables of the shop")
class ServiceTokenController {

	private final ServiceClients clients;

	private final ServiceTokenIssuer issuer;

	ServiceTokenController(ServiceClients clients, ServiceTokenIssuer issuer) {
		this.clients = clients;
		this.issuer = issuer;
	}

	@SecurityRequirements
	@Operation(summary = "Issue a service credential to a registered deployable (client-credentials grant)")
	@ApiResponse(responseCode = "200", description = "The credential, as an OAuth 2.0 access token response")
	@ApiResponse(responseCode = "400",
			description = "unsupported-grant-type (error unsupported_grant_type), or validation-failed")
	@ApiResponse(responseCode = "401",
			description = "invalid-client (error invalid_client): unknown client id or wrong secret")
	@PostMapping(path = "/api/v1/identity/service-tokens", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ServiceTokenResponse> issue(@RequestParam("grant_type") String grantType,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization,
			@RequestParam(name = "client_id", required = false) @Nullable String clientId,
			@RequestParam(name = "client_secret", required = false) @Nullable String clientSecret) {
		String[] basic = basic(authorization);
		ServiceClients.Registered client = (basic != null) ? this.clients.authenticate(basic[0], basic[1])
				: this.clients.authenticate(clientId, clientSecret);
		if (!"client_credentials".equals(grantType)) {
			throw ServiceClientException.unsupportedGrantType(grantType);
		}
		Instant now = Instant.now();
		Jwt token = this.issuer.issue(client.clientId(), client.mayCall(), now);
		long expiresIn = Duration.between(now, token.getExpiresAt()).toSeconds();
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(new ServiceTokenResponse(token.getTokenValue(), "Bearer", expiresIn));
	}

	/**
	 * {@code [id, secret]} from {@code Basic base64(urlencoded id:urlencoded secret)}
	 * (RFC 6749, section 2.3.1), else {@code null}.
	 */
	private static String @Nullable [] basic(@Nullable String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
					StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return (colon < 0) ? null : new String[] { URLDecoder.decode(decoded.substring(0, colon), UTF_8),
					URLDecoder.decode(decoded.substring(colon + 1), UTF_8) };
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
