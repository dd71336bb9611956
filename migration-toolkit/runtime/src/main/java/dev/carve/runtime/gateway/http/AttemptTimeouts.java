package dev.carve.runtime.gateway.http;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import dev.carve.runtime.gateway.CallBudget;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.service.invoker.HttpRequestValues;
import org.springframework.web.service.invoker.HttpServiceArgumentResolver;

/**
 * Gives each attempt of a call the timeouts of what the call has left. A client interface
 * method takes the call's {@link CallBudget} as a parameter; it travels as a request
 * attribute to the moment the request is sent, when the remaining time becomes Apache
 * HttpClient 5's {@link RequestConfig} for that one exchange: connect within at most one
 * second, lease a pooled connection and wait for each read within the time left.
 */
final class AttemptTimeouts implements HttpServiceArgumentResolver, ClientHttpRequestInterceptor {

	private static final String BUDGET = CallBudget.class.getName();

	private static final Duration MAX_CONNECT = Duration.ofSeconds(1);

	private static final ScopedValue<RequestConfig> ATTEMPT = ScopedValue.newInstance();

	@Override
	public boolean resolve(@Nullable Object argument, MethodParameter parameter,
			HttpRequestValues.Builder requestValues) {
		if (!CallBudget.class.equals(parameter.getParameterType())) {
			return false;
		}
		if (argument != null) {
			requestValues.addAttribute(BUDGET, argument);
		}
		return true;
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		if (!(request.getAttributes().get(BUDGET) instanceof CallBudget budget)) {
			return execution.execute(request, body);
		}
		return ScopedValue.where(ATTEMPT, config(budget.remaining())).call(() -> execution.execute(request, body));
	}

	/**
	 * The context of an exchange about to be sent: the attempt's timeouts when it has a
	 * budget, the client's defaults otherwise.
	 * @param method the request's method
	 * @param uri the request's URI
	 * @return the exchange's context
	 */
	static HttpContext context(HttpMethod method, URI uri) {
		HttpClientContext context = HttpClientContext.create();
		if (ATTEMPT.isBound()) {
			context.setRequestConfig(ATTEMPT.get());
		}
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
