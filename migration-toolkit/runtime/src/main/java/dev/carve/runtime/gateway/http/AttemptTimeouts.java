package dev.carve.runtime.gateway.http;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import dev.carve.runtime.gateway.CallBudget;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.protocol.HttpContext;

import org.springframework.http.HttpMethod;

/**
 * Gives each attempt of a call the timeouts of what the call has left. The attempt runs
 * with the call's {@link CallBudget#current() budget} bound to its thread; when the
 * request is created, the remaining time becomes Apache HttpClient 5's
 * {@link RequestConfig} for that one exchange: connect within at most one second, lease a
 * pooled connection and wait for each read within the time left. A request sent outside a
 * gateway call keeps the client's defaults.
 */
final class AttemptTimeouts {

	private static final Duration MAX_CONNECT = Duration.ofSeconds(1);

	private AttemptTimeouts() {
	}

	/**
	 * The context of an exchange about to be sent: the attempt's timeouts within a
	 * gateway call, the client's defaults otherwise.
	 * @param method the request's method
	 * @param uri the request's URI
	 * @return the exchange's context
	 */
	static HttpContext context(HttpMethod method, URI uri) {
		HttpClientContext context = HttpClientContext.create();
		CallBudget.current().ifPresent((budget) -> context.setRequestConfig(config(budget.remaining())));
		return context;
	}

	@SuppressWarnings("deprecation") // HttpClient 5 still honours a connect timeout per
										// request
	static RequestConfig config(Duration left) {
		long readMillis = Math.max(1, left.toMillis());
		long connectMillis = Math.max(1, Math.min(readMillis, MAX_CONNECT.toMillis()));
		return RequestConfig.custom()
			.setConnectionRequestTimeout(readMillis, TimeUnit.MILLISECONDS)
			.setConnectTimeout(connectMillis, TimeUnit.MILLISECONDS)
			.setResponseTimeout(readMillis, TimeUnit.MILLISECONDS)
			.build();
	}

}
