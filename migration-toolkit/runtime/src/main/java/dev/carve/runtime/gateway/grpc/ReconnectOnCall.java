package dev.carve.runtime.gateway.grpc;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ConnectivityState;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import org.jspecify.annotations.Nullable;

/**
 * Lets a channel whose other side was unreachable connect again as soon as it is used,
 * not when grpc-java's reconnect back-off ends (1 s, growing to 2 minutes while the other
 * side stays down): a call that finds its channel in {@code TRANSIENT_FAILURE} resets the
 * back-off ({@link ManagedChannel#resetConnectBackoff()}), which starts a connection
 * attempt at once — at most once per {@link #MIN_INTERVAL}, so calls to a side that is
 * still down try to connect a few times a second, not once per call. That call itself
 * still fails fast as unreachable (a channel stays in {@code TRANSIENT_FAILURE} until it
 * has connected); its retry, the next call or the next probe of the other side finds the
 * connection.
 */
final class ReconnectOnCall implements ClientInterceptor {

	/** The shortest time between two resets of the channel's back-off. */
	static final Duration MIN_INTERVAL = Duration.ofMillis(200);

	private final AtomicLong lastReset = new AtomicLong(System.nanoTime() - MIN_INTERVAL.toNanos());

	private volatile @Nullable ManagedChannel channel;

	/**
	 * Watches the channel this interceptor is one of, once it exists.
	 * @param channel the channel whose calls pass here
	 * @return the channel
	 */
	ManagedChannel watch(ManagedChannel channel) {
		this.channel = channel;
		return channel;
	}

	@Override
	public <Q, A> ClientCall<Q, A> interceptCall(MethodDescriptor<Q, A> method, CallOptions options, Channel next) {
		ManagedChannel watched = this.channel;
		if (watched != null && watched.getState(false) == ConnectivityState.TRANSIENT_FAILURE) {
			long now = System.nanoTime();
			long last = this.lastReset.get();
			if (now - last >= MIN_INTERVAL.toNanos() && this.lastReset.compareAndSet(last, now)) {
				watched.resetConnectBackoff();
			}
		}
		return next.newCall(method, options);
	}

}
