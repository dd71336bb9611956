package dev.carve.runtime.security;

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
 */
@ConfigurationProperties("carve.security")
public record SecurityProperties(@DefaultValue( {
		"POST /api/v1/identity/customers", "POST /api/v1/identity/tokens", "POST /api/v1/identity/tokens/refresh",
		"POST /api/v1/identity/service-tokens", "/.well-known/jwks.json", "/v3/api-docs", "/v3/api-docs/**",
		"/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**", "/error" }) List<String> publicPaths,
		@DefaultValue("roles") String rolesClaim){

	public SecurityProperties {
		publicPaths = List.copyOf(publicPaths);
	}

}
