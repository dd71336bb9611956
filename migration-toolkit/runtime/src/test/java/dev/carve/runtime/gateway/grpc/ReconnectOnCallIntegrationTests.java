package dev.carve.runtime.gateway.grpc;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.grpc.CallOptions;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.InsecureServerCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.ServerCalls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A channel to a provider that was down, on a real gRPC server and client: once the
 * provider listens, the channel's next calls reach it, where without
 * {@link ReconnectOnCall} they would fail fast as unreachable until grpc-java's reconnect
 * back-off ends (1.6 s ± 20 % after a second failed attempt, growing to 2 minutes).
 */
class ReconnectOnCallIntegrationTests {

	private static final Duration BACK_OFF_AFTER_TWO_FAILURES = Duration.ofMillis(1280);

	private ManagedChannel channel;

	private Server provider;

	@AfterEach
	void stop() {
		if (this.channel != null) {
			this.channel.shutdownNow();
		}
		if (this.provider != null) {
			this.provider.shutdownNow();
		}
	}

	@Test
	void aChannelWhoseProviderWasDownReachesItAsSoonAsItListens() throws Exception {
		int port;
		long failedTwice;
		try (RefusingListener down = new RefusingListener()) {
			port = down.port();
			ReconnectOnCall reconnect = new ReconnectOnCall();
			this.channel = reconnect
				.watch(Grpc.newChannelBuilderForAddress("127.0.0.1", port, InsecureChannelCredentials.create())
					.intercept(reconnect)
					.build());
			assertThatExceptionOfType(StatusRuntimeException.class).isThrownBy(this::call)
				.satisfies((failure) -> assertThat(failure.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE));
			// Without calls, the channel tries once more after its first back-off (1 s)
			// and then backs off longer.
			down.awaitAttempts(2);
			failedTwice = System.nanoTime();
		}
		this.provider = Grpc.newServerBuilderForPort(port, InsecureServerCredentials.create())
			.addService(ServerServiceDefinition.builder(TextProbe.SERVICE)
				.addMethod(TextProbe.CALL, ServerCalls.asyncUnaryCall((request, response) -> {
					response.onNext("answered " + request);
					response.onCompleted();
				}))
				.build())
			.build()
			.start();
		String answer = null;
		int failedCalls = 0;
		while (answer == null && System.nanoTime() - failedTwice < TimeUnit.SECONDS.toNanos(10)) {
			try {
				answer = call();
			}
			catch (StatusRuntimeException ex) {
				assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
				failedCalls++;
				Thread.sleep(20);
			}
		}
		Duration reached = Duration.ofNanos(System.nanoTime() - failedTwice);
		assertThat(answer).isEqualTo("answered x");
		assertThat(reached)
			.as("time from the second failed attempt to the first answer (%d calls failed first)", failedCalls)
			.isLessThan(BACK_OFF_AFTER_TWO_FAILURES);
	}

	private String call() {
		return ClientCalls.blockingUnaryCall(this.channel, TextProbe.CALL,
				CallOptions.DEFAULT.withDeadlineAfter(2, TimeUnit.SECONDS), "x");
	}

	/**
	 * A provider that is down: it accepts each connection and resets it at once, and
	 * counts the channel's attempts to connect.
	 */
	private static final class RefusingListener implements AutoCloseable {

		private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());

		private final BlockingQueue<Long> attempts = new LinkedBlockingQueue<>();

		private final Thread acceptor = Thread.ofPlatform().daemon().start(this::refuse);

		RefusingListener() throws IOException {
		}

		int port() {
			return this.socket.getLocalPort();
		}

		void awaitAttempts(int count) throws InterruptedException {
			for (int seen = 0; seen < count; seen++) {
				assertThat(this.attempts.poll(5, TimeUnit.SECONDS)).as("connection attempt %d", seen + 1).isNotNull();
			}
		}

		private void refuse() {
			while (!this.socket.isClosed()) {
				try (Socket connection = this.socket.accept()) {
					this.attempts.add(System.nanoTime());
					// A reset leaves nothing in TIME_WAIT on the port the provider takes
					// next.
					connection.setSoLinger(true, 0);
				}
				catch (IOException ex) {
					// closed
				}
			}
		}

		@Override
		public void close() throws IOException, InterruptedException {
			this.socket.close();
			this.acceptor.join();
		}

	}

}
