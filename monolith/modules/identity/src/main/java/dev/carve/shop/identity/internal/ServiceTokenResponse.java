package dev.carve.shop.identity.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A service credential, as an OAuth 2.0 access token response (RFC 6749, section 5.1).
 *
 * @param accessToken the token
 * @param tokenType always {@code Bearer}
 * @param expiresIn seconds until it expires
 */
record ServiceTokenResponse(@JsonProperty("access_token") String accessToken,
		@JsonProperty("token_type") String tokenType, @JsonProperty("expires_in") long expiresIn) {
}
