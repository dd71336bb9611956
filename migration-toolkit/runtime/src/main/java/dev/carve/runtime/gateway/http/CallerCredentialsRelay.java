package dev.carve.runtime.gateway.http;

import dev.carve.runtime.gateway.CallerToken;
import dev.carve.runtime.security.ServiceCredentials;
import dev.carve.runtime.security.ServiceTokens;
import feign.RequestInterceptor;
import feign.RequestTemplate;

import org.springframework.http.HttpHeaders;

/**
 * Gives every request to a module the two credentials a provider checks: this process's
 * service credential for that module, in header {@value ServiceTokens#HEADER}, and the
 * end user's bearer token ({@link CallerToken}) in {@code Authorization} when the request
 * is made for one.
 */
final class CallerCredentialsRelay implements RequestInterceptor {

	private final String module;

	private final ServiceCredentials credentials;

	CallerCredentialsRelay(String module, ServiceCredentials credentials) {
		this.module = module;
		this.credentials = credentials;
	}

	@Override
	public void apply(RequestTemplate template) {
		template.header(ServiceTokens.HEADER, "Bearer " + this.credentials.tokenFor(this.module));
		CallerToken.current().ifPresent((token) -> template.header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
	}

}
