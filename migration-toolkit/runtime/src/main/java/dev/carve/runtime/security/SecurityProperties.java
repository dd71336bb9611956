package dev.carve.runtime.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of API security, under {@code carve.security}.
 *
 * @param publicPaths requests anyone may make without a token, each a path pattern
 * optionally preceded by an HTTP method ({@code POST /api/v1/identity/tokens});
 * everything else needs a valid bearer token. Module-to-module endpoints
 * ({@code /internal/**}) and operations endpoints ({@code /actuator/**}) are decided
 * before these and cannot be opened here; liveness and readiness are always open
 * @param rolesClaim the token claim that lists the caller's roles
 * @param tokenCache how verified tokens are remembered
 */
@ConfigurationProperties("carve.security")
public record SecurityProperties(@DefaultValue( {
		"POST /api/v1/identity/customers", "POST /api/v1/identity/tokens", "POST /api/v1/identity/tokens/refresh",
		"POST /api/v1/identity/service-tokens", "/.well-known/jwks.json", "/v3/api-docs", "/v3/api-docs/**",
		"/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**", "/error" }) List<String> publicPaths,
		@DefaultValue("roles") String rolesClaim, @DefaultValue TokenCache tokenCache){

	public SecurityProperties {
		publicPaths = List.copyOf(publicPaths);
	}

	/**
	 * The cache of verified tokens ({@link CachingJwtDecoder}): a token is checked once
	 * and then answered from memory until its {@code exp}, or {@code maxAge}, whichever
	 * comes first.
	 *
	 * @param enabled whether verified tokens are remembered
	 * @param maxAge how long a verified token is remembered at most: also how long a
	 * token signed with a key identity has retired may still be accepted
	 * @param maximumSize how many verified tokens are remembered at most
	 */
	public record TokenCache(@DefaultValue("true") boolean enabled, @DefaultValue("1m") Duration maxAge,
			@DefaultValue("5000") long maximumSize) {

		static final Duration DEFAULT_MAX_AGE = Duration.ofMinutes(1);

		static final long DEFAULT_MAXIMUM_SIZE = 5000;

	}

}
