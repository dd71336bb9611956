package dev.carve.runtime.gateway.grpc;

import java.util.Locale;

import dev.carve.runtime.gateway.CallerToken;
import dev.carve.runtime.gateway.RoutedCalls;
import dev.carve.runtime.security.ServiceCredentials;
import dev.carve.runtime.security.ServiceTokens;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall.SimpleForwardingClientCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;

/**
 * Gives every call to a module the two credentials a provider checks: this process's
 * service credential for that module, in metadata {@value ServiceTokens#GRPC_METADATA},
 * and the end user's bearer token ({@link CallerToken}) in {@code authorization} when the
 * call is made for one; and {@link RoutedCalls}' mark on a call a routed gateway sends to
 * its module's other side.
 */
final class CallerCredentialsInterceptor implements ClientInterceptor {

	static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization",
			Metadata.ASCII_STRING_MARSHALLER);

	static final Metadata.Key<String> SERVICE_AUTHORIZATION = Metadata.Key.of(ServiceTokens.GRPC_METADATA,
			Metadata.ASCII_STRING_MARSHALLER);

	static final Metadata.Key<String> ROUTED_CALL = Metadata.Key.of(RoutedCalls.HEADER.toLowerCase(Locale.ROOT),
			Metadata.ASCII_STRING_MARSHALLER);

	private final String module;

	private final ServiceCredentials credentials;

	CallerCredentialsInterceptor(String module, ServiceCredentials credentials) {
		this.module = module;
		this.credentials = credentials;
	}

	@Override
	public <ReqT, RespT> ClientCall<ReqT, RespT> interceptCall(MethodDescriptor<ReqT, RespT> method,
			CallOptions callOptions, Channel next) {
		String service = this.credentials.tokenFor(this.module);
		String user = CallerToken.current().orElse(null);
		boolean routed = RoutedCalls.sending(this.module);
		return new SimpleForwardingClientCall<>(next.newCall(method, callOptions)) {
			@Override
			public void start(Listener<RespT> responseListener, Metadata headers) {
				headers.put(SERVICE_AUTHORIZATION, "Bearer " + service);
				if (user != null) {
					headers.put(AUTHORIZATION, "Bearer " + user);
				}
				if (routed) {
					headers.put(ROUTED_CALL, CallerCredentialsInterceptor.this.module);
				}
				super.start(responseListener, headers);
			}
		};
	}

}
