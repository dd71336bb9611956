package dev.carve.runtime.gateway.grpc;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import dev.carve.runtime.gateway.GatewayRefusedException;
import dev.carve.runtime.gateway.GatewayUnavailableException;
import dev.carve.runtime.gateway.SampleGateway;
import dev.carve.runtime.gateway.RemoteCalls;
import dev.carve.runtime.gateway.RemoteCallsFactory;
import io.grpc.CallOptions;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.InsecureServerCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.ServerCalls;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A gRPC provider in this JVM that answers every call with one status: statuses caused by
 * the request are attempted once and leave the circuit closed however many there are;
 * statuses of an unhealthy provider are retried and open it.
 */
class GrpcRefusalIntegrationTests {

	private static final int CALLS = 20;

	private static final AtomicInteger received = new AtomicInteger();

	private static final AtomicReference<Status> answer = new AtomicReference<>();

	private static Server provider;

	private static ManagedChannel channel;

	@BeforeAll
	static void start() throws IOException {
		ServerServiceDefinition probe = ServerServiceDefinition.builder(TextProbe.SERVICE)
			.addMethod(TextProbe.CALL, ServerCalls.asyncUnaryCall((request, response) -> {
				received.incrementAndGet();
				response.onError(answer.get().withDescription("provider internals").asRuntimeException());
			}))
			.build();
		provider = Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create())
			.addService(probe)
			.build()
			.start();
		channel = Grpc.newChannelBuilderForAddress("127.0.0.1", provider.getPort(), InsecureChannelCredentials.create())
			.build();
	}

	@AfterAll
	static void stop() {
		channel.shutdownNow();
		provider.shutdownNow();
	}

	@BeforeEach
	void reset() {
		received.set(0);
	}

	@ParameterizedTest
	@CsvSource({ "INVALID_ARGUMENT, INVALID_REQUEST", "FAILED_PRECONDITION, INVALID_REQUEST",
			"NOT_FOUND, INVALID_REQUEST", "ALREADY_EXISTS, INVALID_REQUEST", "OUT_OF_RANGE, INVALID_REQUEST",
			"UNAUTHENTICATED, CREDENTIALS_REFUSED", "PERMISSION_DENIED, CREDENTIALS_REFUSED" })
	void refusedCallsAreAttemptedOnceAndLeaveTheCircuitClosed(Status.Code code, GatewayRefusedException.Reason reason) {
		answer.set(Status.fromCode(code));
		RemoteCalls calls = calls();
		for (int i = 0; i < CALLS; i++) {
			assertThatExceptionOfType(GatewayRefusedException.class).isThrownBy(() -> call(calls))
				.satisfies((refusal) -> {
					assertThat(refusal.module()).isEqualTo("probe");
					assertThat(refusal.reason()).isEqualTo(reason);
				});
		}
		assertThat(received).hasValue(CALLS);
		assertThat(calls.circuitClosed()).isTrue();
	}

	@ParameterizedTest
	@EnumSource(value = Status.Code.class,
			names = { "UNAVAILABLE", "DEADLINE_EXCEEDED", "RESOURCE_EXHAUSTED", "INTERNAL", "UNKNOWN" })
	void failuresOfTheProviderAreRetriedAndOpenTheCircuit(Status.Code code) {
		answer.set(Status.fromCode(code));
		RemoteCalls calls = calls();
		for (int i = 0; i < CALLS; i++) {
			assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(() -> call(calls));
		}
		assertThat(received).hasValue(5 * 3);
		assertThat(calls.circuitClosed()).isFalse();
	}

	private static String call(RemoteCalls calls) {
		return calls.call("probe", (budget) -> ClientCalls.blockingUnaryCall(channel, TextProbe.CALL,
				CallOptions.DEFAULT.withDeadlineAfter(budget.remaining().toMillis(), TimeUnit.MILLISECONDS), "x"));
	}

	private static RemoteCalls calls() {
		MockEnvironment environment = new MockEnvironment().withProperty("carve.modules.probe.mode", "grpc")
			.withProperty("carve.modules.probe.url", "127.0.0.1:" + provider.getPort())
			.withProperty("carve.modules.probe.client.retry.backoff", "1ms")
			.withProperty("carve.modules.probe.client.circuit-breaker.minimum-number-of-calls", "5")
			.withProperty("carve.modules.probe.client.circuit-breaker.sliding-window-size", "5")
			.withProperty("carve.modules.probe.client.circuit-breaker.wait-in-open-state", "60s");
		return new RemoteCallsFactory(environment, null).create("probe", SampleGateway.class,
				new GrpcFailureTranslator(), (code, details) -> null);
	}

}
