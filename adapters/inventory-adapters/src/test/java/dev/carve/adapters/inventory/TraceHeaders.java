package dev.carve.adapters.inventory;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What trace context the provider received last, over HTTP and over gRPC: the W3C
 * {@code traceparent} header as it arrived.
 */
final class TraceHeaders {

	static final AtomicReference<String> LAST = new AtomicReference<>();

	private static final Metadata.Key<String> TRACEPARENT = Metadata.Key.of("traceparent",
			Metadata.ASCII_STRING_MARSHALLER);

	private TraceHeaders() {
	}

	static final class OverHttp extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (request.getRequestURI().startsWith("/internal/")) {
				LAST.set(request.getHeader("traceparent"));
			}
			chain.doFilter(request, response);
		}

	}

	static final class OverGrpc implements ServerInterceptor {

		@Override
		public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
				ServerCallHandler<Q, R> next) {
			LAST.set(headers.get(TRACEPARENT));
			return next.startCall(call, headers);
		}

	}

}
