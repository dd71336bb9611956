package dev.carve.runtime.gateway.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import dev.carve.runtime.gateway.CallBudget;
import dev.carve.runtime.gateway.RemoteModule;
import dev.carve.runtime.security.ServiceCredentials;
import feign.Request;
import feign.Retryer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.cloud.openfeign.FeignClientBuilder;

/**
 * Builds the OpenFeign client of a module that runs elsewhere: Spring MVC annotations on
 * the client interface, Spring's message converters, the pooled Apache HttpClient 5 that
 * Spring Cloud OpenFeign configures, this process's service credential and the caller's
 * token on every request ({@link CallerCredentialsRelay}), observations (hence trace
 * context) on, and no retries of its own — {@code RemoteCalls} decides those.
 *
 * <p>
 * Client interfaces take a {@link Request.Options} as their last parameter; pass
 * {@link #options(CallBudget)} so that each attempt waits no longer than the call has
 * left.
 */
public final class HttpGatewayClients {

	private static final Duration MAX_CONNECT = Duration.ofSeconds(1);

	private final ApplicationContext beans;

	private final ObjectProvider<ServiceCredentials> credentials;

	/**
	 * Creates the builder.
	 * @param beans the application's beans, where Spring Cloud OpenFeign finds its
	 * configuration
	 * @param credentials this process's service credentials
	 */
	public HttpGatewayClients(ApplicationContext beans, ObjectProvider<ServiceCredentials> credentials) {
		this.beans = beans;
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
		return new FeignClientBuilder(this.beans).forType(api, module.name() + "-gateway")
			.url(module.url())
			.customize((builder) -> builder.retryer(Retryer.NEVER_RETRY)
				.requestInterceptor(credentials)
				.options(options(module.client().deadline())))
			.build();
	}

	/**
	 * Timeouts for one attempt: what the call has left.
	 * @param budget the call's budget
	 * @return connect and read timeouts no longer than the time left
	 */
	public static Request.Options options(CallBudget budget) {
		return options(budget.remaining());
	}

	private static Request.Options options(Duration left) {
		long readMillis = Math.max(1, left.toMillis());
		long connectMillis = Math.max(1, Math.min(readMillis, MAX_CONNECT.toMillis()));
		return new Request.Options(connectMillis, TimeUnit.MILLISECONDS, readMillis, TimeUnit.MILLISECONDS, false);
	}

}
