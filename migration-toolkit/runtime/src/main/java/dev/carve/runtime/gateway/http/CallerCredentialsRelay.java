package dev.carve.runtime.gateway.http;

import java.io.IOException;

import dev.carve.runtime.gateway.CallerToken;
import dev.carve.runtime.gateway.RoutedCalls;
import dev.carve.runtime.security.ServiceCredentials;
import dev.carve.runtime.security.ServiceTokens;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Gives every request to a module the two credentials a provider checks: this process's
 * service credential for that module, in header {@value ServiceTokens#HEADER}, and the
 * end user's bearer token ({@link CallerToken}) in {@code Authorization} when the request
 * is made for one; and {@link RoutedCalls}' mark on a request a routed gateway sends to
 * its module's other side.
 */
final class CallerCredentialsRelay implements ClientHttpRequestInterceptor {

	private final String module;

	private final ServiceCredentials credentials;

	CallerCredentialsRelay(String module, ServiceCredentials credentials) {
		this.module = module;
		this.credentials = credentials;
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		HttpHeaders headers = request.getHeaders();
		headers.add(ServiceTokens.HEADER, "Bearer " + this.credentials.tokenFor(this.module));
		CallerToken.current().ifPresent((token) -> headers.add(HttpHeaders.AUTHORIZATION, "Bearer " + token));
		if (RoutedCalls.sending(this.module)) {
			headers.add(RoutedCalls.HEADER, this.module);
		}
		return execution.execute(request, body);
	}

}
