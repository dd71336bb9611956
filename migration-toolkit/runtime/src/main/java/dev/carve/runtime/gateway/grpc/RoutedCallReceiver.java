package dev.carve.runtime.gateway.grpc;

import dev.carve.runtime.gateway.RoutedCalls;
import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;

/**
 * Runs a gateway call that arrives with {@link RoutedCalls}' mark (metadata
 * {@code carve-routed-call}) as a marked call in every step of its handling, so that the
 * module answers it here or says it is dormant, and never forwards it.
 */
public final class RoutedCallReceiver implements ServerInterceptor {

	@Override
	public <ReqT, RespT> ServerCall.Listener<ReqT> interceptCall(ServerCall<ReqT, RespT> call, Metadata headers,
			ServerCallHandler<ReqT, RespT> next) {
		String module = headers.get(CallerCredentialsInterceptor.ROUTED_CALL);
		ServerCall.Listener<ReqT> listener = next.startCall(call, headers);
		return (module != null) ? new Marked<>(module, listener) : listener;
	}

	private static final class Marked<ReqT> extends SimpleForwardingServerCallListener<ReqT> {

		private final String module;

		Marked(String module, ServerCall.Listener<ReqT> delegate) {
			super(delegate);
			this.module = module;
		}

		@Override
		public void onMessage(ReqT message) {
			marked(() -> super.onMessage(message));
		}

		@Override
		public void onHalfClose() {
			marked(super::onHalfClose);
		}

		@Override
		public void onCancel() {
			marked(super::onCancel);
		}

		@Override
		public void onComplete() {
			marked(super::onComplete);
		}

		@Override
		public void onReady() {
			marked(super::onReady);
		}

		private void marked(Runnable step) {
			RoutedCalls.receive(this.module, () -> {
				step.run();
				return null;
			});
		}

	}

}
