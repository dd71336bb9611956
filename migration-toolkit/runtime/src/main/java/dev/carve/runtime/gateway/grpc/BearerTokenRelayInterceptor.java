package dev.carve.runtime.gateway.grpc;

import dev.carve.runtime.gateway.CallerToken;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall.SimpleForwardingClientCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;

/**
 * Relays the caller's bearer token ({@link CallerToken}) in the {@code authorization}
 * metadata of every call, so the provider checks the same identity the caller was given.
 * A call made for no authenticated caller carries no token.
 */
public final class BearerTokenRelayInterceptor implements ClientInterceptor {

	static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization",
			Metadata.ASCII_STRING_MARSHALLER);

	@Override
	public <ReqT, RespT> ClientCall<ReqT, RespT> interceptCall(MethodDescriptor<ReqT, RespT> method,
			CallOptions callOptions, Channel next) {
		String token = CallerToken.current().orElse(null);
		ClientCall<ReqT, RespT> call = next.newCall(method, callOptions);
		if (token == null) {
			return call;
		}
		return new SimpleForwardingClientCall<>(call) {
			@Override
			public void start(Listener<RespT> responseListener, Metadata headers) {
				headers.put(AUTHORIZATION, "Bearer " + token);
				super.start(responseListener, headers);
			}
		};
	}

}
