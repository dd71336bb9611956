package dev.carve.runtime.gateway.http;

import java.util.concurrent.TimeUnit;

import dev.carve.runtime.gateway.CallBudget;
import dev.carve.runtime.gateway.RemoteModule;
import dev.carve.runtime.security.ServiceCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.pool.PoolReusePolicy;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

/**
 * Builds the HTTP client of a module that runs elsewhere: a Spring HTTP interface
 * ({@code @HttpExchange}) proxied over a {@link RestClient} made from the application's
 * builder (message converters, observations, hence trace context), sending through one
 * pooled Apache HttpClient 5 that repeats nothing — {@code RemoteCalls} decides retries —
 * with this process's service credential and the caller's token on every request
 * ({@link CallerCredentialsRelay}).
 *
 * <p>
 * Each attempt waits no longer than its call has left: the request takes its timeouts
 * from the {@link CallBudget#current() budget} of the call it is sent for. So a client
 * interface carries nothing but the exchange, and the provider's endpoints can implement
 * the same interface.
 */
public final class HttpGatewayClients implements AutoCloseable {

	private final RestClient.Builder builder;

	private final ObjectProvider<ServiceCredentials> credentials;

	private final HttpComponentsClientHttpRequestFactory requests = pooled();

	/**
	 * Creates the builder.
	 * @param builder the application's {@link RestClient} builder, copied for each client
	 * @param credentials this process's service credentials
	 */
	public HttpGatewayClients(RestClient.Builder builder, ObjectProvider<ServiceCredentials> credentials) {
		this.builder = builder;
		this.credentials = credentials;
	}

	/**
	 * The client of a module.
	 * @param <T> the client interface
	 * @param api the client interface
	 * @param module the remote module, in {@code http} mode
	 * @return the client
	 * @throws IllegalStateException when this process has no service credentials
	 */
	public <T> T create(Class<T> api, RemoteModule module) {
		CallerCredentialsRelay credentials = new CallerCredentialsRelay(module.name(),
				module.credentials(this.credentials));
		RestClient client = this.builder.clone()
			.baseUrl(module.url())
			.requestFactory(this.requests)
			.requestInterceptor(credentials)
			.build();
		return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(client)).build().createClient(api);
	}

	/** Closes the connection pool. */
	@Override
	public void close() throws Exception {
		this.requests.destroy();
	}

	/**
	 * The pooled HTTP client every gateway client sends through: at most 200 connections,
	 * 50 per provider, each kept at most 15 minutes. Apache HttpClient 5 repeats a
	 * request answered 429 or 503 on its own, whatever its method, so its retries are
	 * off; redirects and cookies too.
	 * @return the request factory, with each attempt's timeouts
	 */
	static HttpComponentsClientHttpRequestFactory pooled() {
		HttpComponentsClientHttpRequestFactory requests = new HttpComponentsClientHttpRequestFactory(HttpClients
			.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setMaxConnTotal(200)
				.setMaxConnPerRoute(50)
				.setConnPoolPolicy(PoolReusePolicy.FIFO)
				.setDefaultConnectionConfig(ConnectionConfig.custom().setTimeToLive(15, TimeUnit.MINUTES).build())
				.build())
			.disableAutomaticRetries()
			.disableRedirectHandling()
			.disableCookieManagement()
			.build());
		requests.setHttpContextFactory(AttemptTimeouts::context);
		return requests;
	}

}
