package dev.carve.runtime.gateway.http;

import dev.carve.runtime.gateway.CallerToken;
import feign.RequestInterceptor;
import feign.RequestTemplate;

import org.springframework.http.HttpHeaders;

/**
 * Relays the caller's bearer token ({@link CallerToken}) in the {@code Authorization}
 * header of every request, so the provider checks the same identity the caller was given.
 * A request made for no authenticated caller carries no token.
 */
public final class BearerTokenRelay implements RequestInterceptor {

	@Override
	public void apply(RequestTemplate template) {
		CallerToken.current().ifPresent((token) -> template.header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
	}

}
